using Microsoft.Extensions.Localization;
using TechBridge.Core.Accounts.Privacy;

namespace TechBridge.Web.Localization;

/// <summary>A person's name as a page shows it: a deleted person's kept records read "deleted person" in the reader's language.</summary>
public static class PersonNames
{
    public static string Person(this IStringLocalizer<SharedResource> localizer, string? name)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return name == DeletedPerson.Name ? localizer["Privacy.DeletedPerson"] : name ?? string.Empty;
    }

    /// <summary>The e-mail to show beside a name, or none for a deleted person's placeholder address.</summary>
    public static string? VisibleEmail(string? email) => DeletedPerson.IsDeletedEmail(email) ? null : email;
}
