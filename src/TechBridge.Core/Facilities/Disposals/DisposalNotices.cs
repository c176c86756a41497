using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Notifications;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Facilities.Disposals;

/// <summary>
/// Tells the parties of a disposal case about a step, in an inbox message and an e-mail in each reader's language: the
/// program managers (who decide), or the operators of a center (the proposing or the receiving one). Added to the
/// caller's unit of work.
/// </summary>
public sealed class DisposalNotices(TechBridgeDbContext db, INotifier notifier)
{
    public async Task ToProgramManagersAsync(DisposalCase item, EquipmentNames equipment, DisposalEventKind step, string? message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var people = await db.Users.AsNoTracking().Where(u => !u.IsDisabled && u.Roles.Any(r => r.Role == Roles.ProgramManager))
            .Select(u => u.Id).ToListAsync(cancellationToken);
        await SendAsync(people, item, equipment, step, message, cancellationToken);
    }

    public async Task ToCenterAsync(DisposalCase item, Guid centerId, EquipmentNames equipment, DisposalEventKind step, string? message,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var operators = await db.Users.AsNoTracking()
            .Where(u => u.OrganizationId == centerId && !u.IsDisabled && u.Roles.Any(r => r.Role == Roles.CenterOperator))
            .Select(u => u.Id).ToListAsync(cancellationToken);
        await SendAsync(operators, item, equipment, step, message, cancellationToken);
    }

    private async Task SendAsync(IEnumerable<Guid> people, DisposalCase item, EquipmentNames equipment, DisposalEventKind step, string? message,
        CancellationToken cancellationToken)
    {
        var notice = Notice.Of(NoticeTemplates.DisposalUpdated, $"/facilities/disposals/{item.Id}",
            ("equipment.ko", equipment.Ko), ("equipment.en", equipment.En),
            ("step.ko", Step(step, "ko")), ("step.en", Step(step, "en")),
            ("message", string.IsNullOrWhiteSpace(message) ? "-" : message));
        foreach (var id in people.Distinct())
        {
            await notifier.NotifyUserAsync(id, notice, cancellationToken);
        }
    }

    private static string Step(DisposalEventKind step, string culture) =>
        CoreMessages.Find($"DisposalStep.{step}", CultureInfo.GetCultureInfo(culture)) ?? step.ToString();
}
