using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Data;

namespace TechBridge.Core.Accounts;

/// <summary>ASP.NET Core Identity on TechBridge's DbContext: users, tokens, lockout, token providers; roles stay our own table.</summary>
public static class AccountIdentity
{
    public const int MaxFailedAttempts = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>How long an e-mail confirmation or password-reset link works.</summary>
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(3);

    /// <summary>Roles whose accounts must sign in with a second factor.</summary>
    public static readonly IReadOnlyList<string> TwoFactorRoles = [Roles.Administrator, Roles.ProgramManager];

    public static IServiceCollection AddTechBridgeIdentity(this IServiceCollection services)
    {
        services.AddDataProtection();
        services.AddIdentityCore<UserAccount>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.User.AllowedUserNameCharacters = string.Empty; // the user name is the e-mail, validated as such
                options.Password.RequiredLength = 1; // PasswordPolicy checks the length, with our message
                options.Password.RequireDigit = false; // PasswordPolicy says it, with our message
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = MaxFailedAttempts;
                options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
                options.SignIn.RequireConfirmedEmail = true;
            })
            .AddUserStore<Microsoft.AspNetCore.Identity.EntityFrameworkCore.UserOnlyStore<
                UserAccount, TechBridgeDbContext, Guid, IdentityUserClaim<Guid>, IdentityUserLogin<Guid>, UserToken>>()
            .AddPasswordValidator<PasswordPolicy>()
            .AddDefaultTokenProviders();
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = LinkLifetime);
        return services;
    }

    public static bool RequiresTwoFactor(UserAccount user) =>
        user is not null && user.Roles.Exists(r => TwoFactorRoles.Contains(r.Role));
}
