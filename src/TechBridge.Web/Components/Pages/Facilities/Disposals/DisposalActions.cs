using System.Globalization;
using TechBridge.Core.Facilities.Disposals;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Web.Components.Pages.Facilities.Disposals;

/// <summary>What a posted form came to: done (with the case's id), or the field errors / message and the status code to answer with.</summary>
public sealed record DisposalOutcome(bool Succeeded, int StatusCode, Guid? CaseId = null, IReadOnlyDictionary<string, string[]>? Errors = null, string? Message = null);

/// <summary>
/// Runs what the disposal pages' forms post through the service, turning refusals into field messages and an alert
/// instead of an error page.
/// </summary>
public sealed class DisposalActions(DisposalService service)
{
    public Task<DisposalOutcome> ProposeAsync(Guid userId, Guid equipmentId, DisposalProposalForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var kind = Enum.TryParse<DisposalReasonKind>(form.ReasonKind, out var k) && Enum.IsDefined(k) && !int.TryParse(form.ReasonKind, out _) ? k : (DisposalReasonKind?)null;
        return RunAsync(async () => await service.ProposeAsync(userId, equipmentId, new DisposalProposalInput(kind, form.Text)));
    }

    public Task<DisposalOutcome> StepAsync(Guid userId, Guid caseId, DisposalStepForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return RunAsync(async () =>
        {
            if (!Enum.TryParse<DisposalAction>(form.Action, out var action) || !Enum.IsDefined(action) || int.TryParse(form.Action, out _))
            {
                throw new ValidationFailedException(new Dictionary<string, string[]> { ["action"] = [CoreMessages.Get("Rule.NotAllowed")] });
            }

            var version = long.TryParse(form.Version, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : (long?)null;
            var errors = new ValidationErrors();
            DateOnly? day = null;
            if (!string.IsNullOrWhiteSpace(form.DisposedOn))
            {
                if (DateOnly.TryParseExact(form.DisposedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    day = d;
                }
                else
                {
                    errors.Add("disposedOn", CoreMessages.Get("Validation.Required", CoreMessages.Get("Field.DisposedOn")));
                }
            }

            errors.ThrowIfAny();
            var method = Enum.TryParse<DisposalMethod>(form.Method, out var m) && Enum.IsDefined(m) && !int.TryParse(form.Method, out _) ? m : (DisposalMethod?)null;
            var center = Guid.TryParse(form.ReceivingCenterId, out var c) ? c : (Guid?)null;
            await service.ActAsync(userId, caseId, action, new DisposalStepInput(form.Reason, center, day, method), version);
            return caseId;
        });
    }

    private static async Task<DisposalOutcome> RunAsync(Func<Task<Guid>> work)
    {
        try
        {
            return new DisposalOutcome(true, StatusCodes.Status200OK, await work());
        }
        catch (ValidationFailedException invalid)
        {
            return new DisposalOutcome(false, StatusCodes.Status400BadRequest, Errors: invalid.Errors);
        }
        catch (BusinessRuleException rule)
        {
            return new DisposalOutcome(false, StatusCodes.Status409Conflict, Message: rule.Message);
        }
        catch (StaleVersionException stale)
        {
            return new DisposalOutcome(false, StatusCodes.Status409Conflict, Message: stale.Message);
        }
        catch (ForbiddenException denied)
        {
            return new DisposalOutcome(false, StatusCodes.Status403Forbidden, Message: denied.Message);
        }
        catch (NotFoundException)
        {
            return new DisposalOutcome(false, StatusCodes.Status404NotFound, Message: CoreMessages.Get("Rule.NotAllowed"));
        }
    }
}
