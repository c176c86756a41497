namespace TechBridge.Core.Accounts;

/// <summary>One demo account per role. Created only in the Development environment.</summary>
public static class DemoAccounts
{
    public const string Password = "TechBridge-2026";

    /// <summary>
    /// The authenticator key (base32) of the demo accounts whose role requires two-factor sign-in (administrator, program
    /// manager). Demo only: add it to an authenticator app, or print the current code with the CLI's <c>totp</c> command.
    /// </summary>
    public const string AuthenticatorKey = "TECHBRIDGEDEMOTWOFACTORKEY234567";

    public static readonly IReadOnlyList<NewAccount> All =
    [
        new("company@demo.techbridge.kr", "데모 기업 담당자", Password, [Roles.Company]),
        new("researcher@demo.techbridge.kr", "데모 연구자", Password, [Roles.Researcher]),
        new("center@demo.techbridge.kr", "데모 장비센터 운영자", Password, [Roles.CenterOperator]),
        new("coordinator@demo.techbridge.kr", "데모 대표기관 코디네이터", Password, [Roles.Coordinator]),
        new("pm@demo.techbridge.kr", "데모 사업관리자(PM)", Password, [Roles.ProgramManager]),
        new("reviewer@demo.techbridge.kr", "Demo Reviewer", Password, [Roles.Reviewer], "en"),
        new("admin@demo.techbridge.kr", "데모 관리자", Password, [Roles.Administrator]),
    ];
}
