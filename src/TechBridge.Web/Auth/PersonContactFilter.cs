using System.Security.Claims;
using TechBridge.Core.Accounts;
using TechBridge.Core.Directory;
using TechBridge.Core.Marketplace.Inquiries;

namespace TechBridge.Web.Auth;

/// <summary>Removes a person's e-mail from what a viewer receives when the person hides it from them.</summary>
internal static class PersonContactFilter
{
    public static async Task<PersonDetail> ForViewerAsync(
        this PersonContactVisibility visibility, PersonDetail person, ClaimsPrincipal viewer, CancellationToken cancellationToken)
    {
        if (person.Email is null)
        {
            return person;
        }

        var staff = viewer.IsInRole(Roles.ProgramManager) || viewer.IsInRole(Roles.Administrator);
        return await visibility.CanSeeAsync(person.Id, viewer.UserId(), staff, cancellationToken)
            ? person
            : person with { Email = null, ContactHidden = true };
    }
}
