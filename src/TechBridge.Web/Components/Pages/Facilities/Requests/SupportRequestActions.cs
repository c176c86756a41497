using System.Globalization;
using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Requests;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Web.Components.Pages.Facilities.Requests;

/// <summary>What a posted action on the request page came to: done, or the field errors / message and the status code to answer with.</summary>
public sealed record SupportActionOutcome(bool Succeeded, int StatusCode, IReadOnlyDictionary<string, string[]>? Errors = null, string? Message = null,
    Guid? PartId = null);

/// <summary>
/// Runs what the request page's forms post (the button says which action) through the services, turning refusals into
/// field messages and an alert instead of an error page.
/// </summary>
public sealed class SupportRequestActions(SupportRequestService requests, SupportAssignmentService parts)
{
    public async Task<SupportActionOutcome> RunAsync(Guid userId, Guid requestId, SupportActionForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var version = long.TryParse(form.Version, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : (long?)null;
        var partId = Guid.TryParse(form.PartId, out var p) ? p : (Guid?)null;
        try
        {
            if (form.Action == "Assign")
            {
                var assigned = await parts.AssignAsync(userId, requestId, Assignment(form));
                return new SupportActionOutcome(true, StatusCodes.Status200OK, PartId: assigned);
            }

            if (Enum.TryParse<SupportRequestAction>(form.Action, out var requestAction) && Enum.IsDefined(requestAction) && partId is null)
            {
                await requests.ActAsync(userId, requestId, requestAction, new SupportMessage(form.Text), version);
                return new SupportActionOutcome(true, StatusCodes.Status200OK);
            }

            if (Enum.TryParse<SupportAssignmentAction>(form.Action, out var partAction) && Enum.IsDefined(partAction) && partId is { } id)
            {
                if (await parts.RequestOfAsync(id) != requestId)
                {
                    throw new NotFoundException(nameof(SupportAssignment), id);
                }

                var quote = partAction == SupportAssignmentAction.Quote ? Quote(form) : null;
                await parts.ActAsync(userId, id, partAction, quote, new SupportMessage(form.Text), version);
                return new SupportActionOutcome(true, StatusCodes.Status200OK, PartId: id);
            }

            return new SupportActionOutcome(false, StatusCodes.Status400BadRequest, Message: CoreMessages.Get("Rule.NotAllowed"));
        }
        catch (ValidationFailedException invalid)
        {
            return new SupportActionOutcome(false, StatusCodes.Status400BadRequest, invalid.Errors);
        }
        catch (ReservationConflictException conflict)
        {
            return new SupportActionOutcome(false, StatusCodes.Status409Conflict, Message: conflict.Message);
        }
        catch (BusinessRuleException rule)
        {
            return new SupportActionOutcome(false, StatusCodes.Status409Conflict, Message: rule.Message);
        }
        catch (StaleVersionException stale)
        {
            return new SupportActionOutcome(false, StatusCodes.Status409Conflict, Message: stale.Message);
        }
        catch (ForbiddenException denied)
        {
            return new SupportActionOutcome(false, StatusCodes.Status403Forbidden, Message: denied.Message);
        }
        catch (NotFoundException)
        {
            return new SupportActionOutcome(false, StatusCodes.Status404NotFound, Message: CoreMessages.Get("Rule.NotAllowed"));
        }
    }

    private static AssignmentInput Assignment(SupportActionForm form)
    {
        // A chosen proposal ("stage|equipment|center") fills the stage, equipment and center.
        var proposal = (form.Proposal ?? string.Empty).Split('|');
        var fromProposal = proposal.Length == 3 && Guid.TryParse(proposal[1], out var equipment) && Guid.TryParse(proposal[2], out var center)
            ? (Stage: proposal[0], Equipment: (Guid?)equipment, Center: (Guid?)center)
            : (Stage: (string?)null, Equipment: (Guid?)null, Center: (Guid?)null);
        var service = Enum.TryParse<EquipmentServiceKind>(form.Service, out var s) && Enum.IsDefined(s) ? s : (EquipmentServiceKind?)null;
        var chosenCenter = Guid.TryParse(form.CenterId, out var c) ? c : (Guid?)null;
        return new AssignmentInput(fromProposal.Center ?? chosenCenter, service, fromProposal.Stage ?? form.Stage, fromProposal.Equipment, form.Text);
    }

    private static QuoteInput Quote(SupportActionForm form)
    {
        var errors = new ValidationErrors();
        long? price = null;
        var digits = (form.Price ?? string.Empty).Replace(",", "", StringComparison.Ordinal).Trim();
        if (digits.Length > 0)
        {
            if (long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                price = n;
            }
            else
            {
                errors.Add(nameof(QuoteInput.PriceKrw), CoreMessages.Get("Validation.Range", CoreMessages.Get("Field.Price"), 0, SupportRequestLimits.MaxPriceKrw));
            }
        }

        var equipment = Guid.TryParse(form.EquipmentId, out var e) ? e : (Guid?)null;
        var start = KstFormValues.At(form.StartDate, form.StartTime);
        var end = KstFormValues.At(form.EndDate ?? form.StartDate, form.EndTime);
        errors.ThrowIfAny();
        var package = Guid.TryParse(form.PackageId, out var k) ? k : (Guid?)null;
        return new QuoteInput(price, equipment, start, end, form.Text, package);
    }
}
