using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Notifications;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Facilities.Requests;

/// <summary>
/// Tells the parties of a support request about a step, in an inbox message and an e-mail in each reader's language: the
/// coordinators of the industry's representative institution (program managers when the industry has none yet), the
/// operators of a center, the company user who asked, or everyone with a role (escalation). Added to the caller's unit of work.
/// </summary>
public sealed class SupportRequestNotices(TechBridgeDbContext db, INotifier notifier)
{
    public async Task ToCoordinatorsAsync(SupportRequest request, SupportRequestEventKind step, string? message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var coordinators = await CoordinatorsAsync(request.IndustryCode, cancellationToken);
        if (coordinators.Count == 0)
        {
            await ToRoleAsync(Roles.ProgramManager, request, step, message, cancellationToken);
            return;
        }

        await SendAsync(coordinators, request, step, message, cancellationToken);
    }

    public async Task ToCenterAsync(SupportRequest request, Guid centerId, SupportRequestEventKind step, string? message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var operators = await db.Users.AsNoTracking()
            .Where(u => u.OrganizationId == centerId && !u.IsDisabled && u.Roles.Any(r => r.Role == Roles.CenterOperator))
            .Select(u => u.Id).ToListAsync(cancellationToken);
        await SendAsync(operators, request, step, message, cancellationToken);
    }

    public Task ToCompanyAsync(SupportRequest request, SupportRequestEventKind step, string? message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendAsync([request.RequestedById], request, step, message, cancellationToken);
    }

    public async Task ToRoleAsync(string role, SupportRequest request, SupportRequestEventKind step, string? message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var people = await db.Users.AsNoTracking().Where(u => !u.IsDisabled && u.Roles.Any(r => r.Role == role))
            .Select(u => u.Id).ToListAsync(cancellationToken);
        await SendAsync(people, request, step, message, cancellationToken);
    }

    /// <summary>The enabled coordinators of the industry's representative institution.</summary>
    public async Task<List<Guid>> CoordinatorsAsync(string industryCode, CancellationToken cancellationToken)
    {
        var institution = await db.Industries.AsNoTracking().Where(i => i.Code == industryCode)
            .Select(i => i.RepresentativeInstitutionId).SingleOrDefaultAsync(cancellationToken);
        return institution is null
            ? []
            : await db.Users.AsNoTracking()
                .Where(u => u.OrganizationId == institution && !u.IsDisabled && u.Roles.Any(r => r.Role == Roles.Coordinator))
                .Select(u => u.Id).ToListAsync(cancellationToken);
    }

    private async Task SendAsync(IEnumerable<Guid> people, SupportRequest request, SupportRequestEventKind step, string? message, CancellationToken cancellationToken)
    {
        var notice = Notice.Of(NoticeTemplates.SupportRequestUpdated, $"/facilities/requests/{request.Id}",
            ("title", request.Title),
            ("step.ko", Step(step, "ko")), ("step.en", Step(step, "en")),
            ("message", string.IsNullOrWhiteSpace(message) ? "-" : message));
        foreach (var id in people.Distinct())
        {
            await notifier.NotifyUserAsync(id, notice, cancellationToken);
        }
    }

    private static string Step(SupportRequestEventKind step, string culture) =>
        CoreMessages.Find($"SupportStep.{step}", CultureInfo.GetCultureInfo(culture)) ?? step.ToString();
}
