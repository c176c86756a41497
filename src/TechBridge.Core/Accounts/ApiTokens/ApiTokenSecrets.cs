using System.Security.Cryptography;
using System.Text;

namespace TechBridge.Core.Accounts.ApiTokens;

/// <summary>
/// The token's text: <c>tbp_&lt;public id&gt;_&lt;secret&gt;</c>. The prefix makes leaked tokens recognisable (secret
/// scanners, logs); the public id (60 random bits) finds the row; the secret (256 random bits) is checked against its
/// SHA-256 in constant time. A fast hash is enough for a secret this strong; a password hash would only cost time.
/// </summary>
public static class ApiTokenSecrets
{
    public const string Prefix = "tbp_";
    public const int PublicIdLength = 12;
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    public static (string PublicId, string Secret, string Token) Generate()
    {
        var publicId = RandomNumberGenerator.GetString(Alphabet, PublicIdLength);
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (publicId, secret, $"{Prefix}{publicId}_{secret}");
    }

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static bool Matches(string secret, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(storedHash));

    /// <summary>Splits a presented token into public id and secret, or returns false when it is not one of ours.</summary>
    public static bool TryParse(string? token, out string publicId, out string secret)
    {
        publicId = secret = string.Empty;
        if (token is null || !token.StartsWith(Prefix, StringComparison.Ordinal) || token.Length > 200)
        {
            return false;
        }

        var rest = token[Prefix.Length..];
        var separator = rest.IndexOf('_', StringComparison.Ordinal);
        if (separator != PublicIdLength || rest.Length == separator + 1)
        {
            return false;
        }

        publicId = rest[..separator];
        secret = rest[(separator + 1)..];
        return true;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
