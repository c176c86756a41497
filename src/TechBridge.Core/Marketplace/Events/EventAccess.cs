using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Marketplace.Events;

/// <summary>How a user stands to an event.</summary>
/// <param name="CanManage">The organiser who created it, or a program manager or administrator.</param>
/// <param name="CanRegister">Company, researcher and center accounts may register.</param>
/// <param name="Participant">The user's registration, or null.</param>
public sealed record EventViewer(Guid UserId, bool CanManage, bool CanRegister, EventParticipant? Participant)
{
    public bool IsRegistered => Participant is not null;
}

/// <summary>
/// Who may do what with an event. Coordinators and program managers create events; the creator, program managers and
/// administrators manage them (open, schedule, publish, close). A draft is seen only by those who manage it (others: 404).
/// Company, researcher and center accounts register; the participants list is for registered participants and managers.
/// </summary>
public sealed class EventAccess(TechBridgeDbContext db)
{
    public static readonly string[] OrganizerRoles = [Roles.Coordinator, Roles.ProgramManager];

    public static readonly string[] ParticipantRoles = [Roles.Company, Roles.Researcher, Roles.CenterOperator];

    public async Task<IReadOnlyList<string>> RolesAsync(Guid userId, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().Where(u => u.Id == userId && !u.IsDisabled).SelectMany(u => u.Roles.Select(r => r.Role)).ToListAsync(cancellationToken);

    /// <summary>The event (tracked) and the viewer; 404 for an unknown event or a draft the user does not manage.</summary>
    public async Task<(PartneringEvent Event, EventViewer Viewer)> EventAsync(Guid userId, Guid eventId, CancellationToken cancellationToken)
    {
        var e = await db.PartneringEvents.SingleOrDefaultAsync(x => x.Id == eventId, cancellationToken)
            ?? throw new NotFoundException(nameof(PartneringEvent), eventId);
        var roles = await RolesAsync(userId, cancellationToken);
        var manage = roles.Count > 0 && (e.OrganizerId == userId || roles.Contains(Roles.ProgramManager) || roles.Contains(Roles.Administrator));
        if (e.Status == PartneringEventStatus.Draft && !manage)
        {
            throw new NotFoundException(nameof(PartneringEvent), eventId);
        }

        var participant = await db.EventParticipants.SingleOrDefaultAsync(p => p.EventId == eventId && p.UserId == userId, cancellationToken);
        return (e, new EventViewer(userId, manage, roles.Any(r => ParticipantRoles.Contains(r)), participant));
    }

    public async Task<(PartneringEvent Event, EventViewer Viewer)> ManagedAsync(Guid userId, Guid eventId, CancellationToken cancellationToken)
    {
        var (e, viewer) = await EventAsync(userId, eventId, cancellationToken);
        return viewer.CanManage ? (e, viewer) : throw new ForbiddenException(CoreMessages.Get("Event.OrganizersOnly"));
    }

    public async Task<(PartneringEvent Event, EventParticipant Participant)> RegisteredAsync(Guid userId, Guid eventId, CancellationToken cancellationToken)
    {
        var (e, viewer) = await EventAsync(userId, eventId, cancellationToken);
        return viewer.Participant is { } p ? (e, p) : throw new ForbiddenException(CoreMessages.Get("Event.ParticipantsOnly"));
    }
}
