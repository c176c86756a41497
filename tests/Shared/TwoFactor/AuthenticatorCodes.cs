namespace TechBridge.Testing;

/// <summary>What an authenticator app shows for a key right now (TOTP, RFC 6238), as a person signing in would type it.</summary>
public static class AuthenticatorCodes
{
    public static string Current(string authenticatorKey) =>
        new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(authenticatorKey.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant())).ComputeTotp();
}
