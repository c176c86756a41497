namespace TechBridge.Core.Accounts;

/// <summary>At least 10 characters with letters and digits; long passphrases are welcome, so no upper bound below 200.</summary>
public static class PasswordPolicy
{
    public const int MinLength = 10;
    public const int MaxLength = 200;

    public static bool IsSatisfiedBy(string? password) =>
        password is { Length: >= MinLength and <= MaxLength }
        && password.Any(char.IsLetter)
        && password.Any(char.IsDigit);
}
