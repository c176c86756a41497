using Microsoft.AspNetCore.Identity;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Accounts;

/// <summary>
/// At least 10 characters with letters and digits; long passphrases are welcome, so no upper bound below 200.
/// Plugged into Identity as its password validator, so every way a password is set checks the same rule.
/// </summary>
public sealed class PasswordPolicy : IPasswordValidator<UserAccount>
{
    public const int MinLength = 10;
    public const int MaxLength = 200;
    public const string ErrorCode = "PasswordPolicy";

    public static bool IsSatisfiedBy(string? password) =>
        password is { Length: >= MinLength and <= MaxLength }
        && password.Any(char.IsLetter)
        && password.Any(char.IsDigit);

    public Task<IdentityResult> ValidateAsync(UserManager<UserAccount> manager, UserAccount user, string? password) =>
        Task.FromResult(IsSatisfiedBy(password)
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = ErrorCode, Description = CoreMessages.Get("Validation.PasswordPolicy") }));
}
