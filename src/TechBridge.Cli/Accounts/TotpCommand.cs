using OtpNet;

namespace TechBridge.Cli.Accounts;

/// <summary>
/// <c>techbridge totp --key &lt;base32&gt;</c>: the current 6-digit sign-in code for an authenticator key, e.g. the demo
/// administrator's published key, for a developer without an authenticator app at hand.
/// </summary>
internal static class TotpCommand
{
    public static async Task<int> RunAsync(CliOptions options, TextWriter output)
    {
        var key = options["key"] ?? throw new CliUsageException("--key is required (the base32 authenticator key).");
        byte[] secret;
        try
        {
            secret = Base32Encoding.ToBytes(key.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant());
        }
        catch (ArgumentException)
        {
            throw new CliUsageException("--key is not a base32 key (letters A–Z and digits 2–7).");
        }

        var totp = new Totp(secret);
        await output.WriteLineAsync($"{totp.ComputeTotp()}  (valid for {totp.RemainingSeconds()} more seconds)");
        return 0;
    }
}
