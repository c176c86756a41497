using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Calendar;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;

namespace TechBridge.Core.Facilities.Requests;

/// <summary>
/// Moves unanswered steps on to the next person once their business days have run out: routing (coordinators → program
/// managers → administrators), a center's answer (center → the industry's coordinators → program managers), the
/// company's answer or acceptance (a reminder to the company → the coordinators). Each move is a timeline entry and a
/// notice; after <see cref="SupportRequestOptions.MaxEscalations"/> moves the step only waits. The due dates live in the
/// request and part rows, so a restart loses nothing: the next run finds what is overdue.
/// </summary>
public sealed class SupportRequestEscalation(
    TechBridgeDbContext db, SupportRequestService requests, SupportRequestNotices notices, BusinessCalendar calendar,
    IOptions<SupportRequestOptions> options, TimeProvider time)
{
    /// <summary>The name the timeline shows for steps the system takes.</summary>
    public const string SystemName = "TechBridge";

    public async Task<int> EscalateDueAsync(CancellationToken cancellationToken = default)
    {
        var now = Clock.UtcNow(time);
        var moved = 0;
        var dueRequests = await db.SupportRequests.AsNoTracking()
            .Where(r => r.DueAt <= now && (r.Status == SupportRequestStatus.Submitted || r.Status == SupportRequestStatus.AwaitingCompany))
            .Select(r => r.Id).ToListAsync(cancellationToken);
        foreach (var id in dueRequests)
        {
            moved += await TryAsync(() => EscalateRequestAsync(id, now, cancellationToken));
        }

        var dueParts = await db.SupportAssignments.AsNoTracking()
            .Where(a => a.DueAt <= now && SupportAssignmentStatuses.Open.Contains(a.Status))
            .Select(a => a.Id).ToListAsync(cancellationToken);
        foreach (var id in dueParts)
        {
            moved += await TryAsync(() => EscalatePartAsync(id, now, cancellationToken));
        }

        return moved;
    }

    private async Task<int> TryAsync(Func<Task<bool>> escalate)
    {
        try
        {
            return await escalate() ? 1 : 0;
        }
        catch (ConcurrencyConflictException)
        {
            // Someone answered meanwhile; the next run re-reads the row.
            db.ChangeTracker.Clear();
            return 0;
        }
    }

    private async Task<bool> EscalateRequestAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var request = await db.SupportRequests.SingleAsync(r => r.Id == id, cancellationToken);
        if (request.DueAt > now || request.Status is not (SupportRequestStatus.Submitted or SupportRequestStatus.AwaitingCompany))
        {
            return false;
        }

        var level = Raise(request.EscalationLevel, now, out var due);
        request.EscalationLevel = level;
        request.DueAt = due;
        var target = (request.Status, level) switch
        {
            (SupportRequestStatus.Submitted, 1) => EscalationTarget.ProgramManagers,
            (SupportRequestStatus.Submitted, _) => EscalationTarget.Administrators,
            (_, 1) => EscalationTarget.Company,
            _ => EscalationTarget.Coordinators,
        };
        await NotifyAsync(request, null, target, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task<bool> EscalatePartAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var part = await db.SupportAssignments.SingleAsync(a => a.Id == id, cancellationToken);
        if (part.DueAt > now || !part.Status.IsOpen())
        {
            return false;
        }

        var request = await db.SupportRequests.SingleAsync(r => r.Id == part.RequestId, cancellationToken);
        var level = Raise(part.EscalationLevel, now, out var due);
        part.EscalationLevel = level;
        part.DueAt = due;
        var target = (part.Status, level) switch
        {
            (SupportAssignmentStatus.Assigned, 1) => EscalationTarget.Coordinators,
            (SupportAssignmentStatus.Assigned, _) => EscalationTarget.ProgramManagers,
            (_, 1) => EscalationTarget.Company,
            _ => EscalationTarget.Coordinators,
        };
        await NotifyAsync(request, part.Id, target, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private int Raise(int level, DateTimeOffset now, out DateTimeOffset? due)
    {
        var next = level + 1;
        due = next < options.Value.MaxEscalations ? calendar.AddBusinessDays(now, options.Value.ResponseBusinessDays) : null;
        return next;
    }

    private async Task NotifyAsync(SupportRequest request, Guid? partId, EscalationTarget target, CancellationToken cancellationToken)
    {
        requests.AddEvent(request, partId, null, SystemName, SupportRequestEventKind.Escalated, target.ToString(), Clock.UtcNow(time));
        const SupportRequestEventKind step = SupportRequestEventKind.Escalated;
        await (target switch
        {
            EscalationTarget.ProgramManagers => notices.ToRoleAsync(Roles.ProgramManager, request, step, null, cancellationToken),
            EscalationTarget.Administrators => notices.ToRoleAsync(Roles.Administrator, request, step, null, cancellationToken),
            EscalationTarget.Company => notices.ToCompanyAsync(request, step, null, cancellationToken),
            _ => notices.ToCoordinatorsAsync(request, step, null, cancellationToken),
        });
    }
}

/// <summary>Who an unanswered step moved on to (stored as the text of the timeline entry).</summary>
public enum EscalationTarget
{
    Coordinators,
    ProgramManagers,
    Administrators,
    Company,
}
