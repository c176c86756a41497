using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Resources;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Core.Shared.Transactions;
using TechBridge.Core.Shared.Versioning;

namespace TechBridge.Core.Marketplace.Talent;

/// <summary>
/// K-TAG advisory requests: a company member asks; a coordinator assigns a K-TAG member (an overseas Korean engineer whose
/// talent side says so); the member or the coordinator logs the session (date, length, outcome); the company may cancel
/// before the session. Every change is audited through the DbContext and told to the other side.
/// </summary>
public sealed class AdvisoryService(TechBridgeDbContext db, TalentAccounts accounts, TaxonomyCatalog taxonomy, TalentNotices notices, TimeProvider time)
{
    public async Task<Guid> RequestAsync(Guid userId, AdvisoryRequestInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var me = await accounts.CallerAsync(userId, cancellationToken);
        if (!me.IsCompany)
        {
            throw new ForbiddenException(CoreMessages.Get("Advisory.CompanyOnly"));
        }

        var catalog = await taxonomy.GetAsync(cancellationToken);
        var errors = new ValidationErrors();
        errors.RequireText("topic", input.Topic, "Advisory.Field.Topic", TalentRules.TopicLength);
        errors.PlainText("topic", input.Topic);
        errors.RequireText("question", input.Question, "Advisory.Field.Question", TalentRules.QuestionLength);
        errors.PlainText("question", input.Question);
        var country = input.CountryCode?.Trim().ToUpperInvariant();
        errors.RequireCode("countryCode", country, "Field.Country", catalog.Countries.ContainsKey, "Validation.Choose");
        if (country == "KR")
        {
            errors.Add("countryCode", CoreMessages.Get("Advisory.CountryAbroad"));
        }

        if (!string.IsNullOrWhiteSpace(input.FieldCode))
        {
            errors.RequireCode("fieldCode", input.FieldCode, "Field.Fields", catalog.Fields.ContainsKey);
        }

        errors.ThrowIfAny();
        var request = new AdvisoryRequest
        {
            CompanyId = me.OrganizationId!.Value, RequestedById = userId, Topic = input.Topic!.Trim(), Question = input.Question!.Trim(),
            CountryCode = country!, FieldCode = string.IsNullOrWhiteSpace(input.FieldCode) ? null : input.FieldCode.Trim(),
            Status = AdvisoryStatus.Requested, RequestedAt = Clock.UtcNow(time),
        };
        db.AdvisoryRequests.Add(request);
        await notices.AdvisoryRequestedAsync(request, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return request.Id;
    }

    /// <summary>A coordinator assigns (or reassigns, before the session) a K-TAG member.</summary>
    public async Task AssignAsync(Guid userId, Guid requestId, Guid memberPersonId, string? note, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        errors.OptionalText("note", note, "Advisory.Field.Note", TalentRules.NoteLength);
        errors.ThrowIfAny();
        var me = await accounts.CallerAsync(userId, cancellationToken);
        await SerializableTransaction.RunAsync(db, async ct =>
        {
            var request = await VisibleAsync(me, requestId, ct);
            if (!me.IsCoordinator)
            {
                throw new ForbiddenException(CoreMessages.Get("Advisory.CoordinatorOnly"));
            }

            ExpectedVersion.Check(request, expectedVersion, nameof(AdvisoryRequest), requestId);
            if (request.Status is not (AdvisoryStatus.Requested or AdvisoryStatus.Assigned))
            {
                throw new BusinessRuleException("Advisory.Closed", CoreMessages.Get("Advisory.Closed"));
            }

            var member = await db.TalentProfiles.AsNoTracking().SingleOrDefaultAsync(t => t.PersonId == memberPersonId, ct);
            if (member is null || !member.IsKtagMember)
            {
                errors.Add("memberPersonId", CoreMessages.Get("Advisory.NotMember"));
                errors.ThrowIfAny();
            }

            request.MemberPersonId = memberPersonId;
            request.AssignedById = userId;
            request.AssignedAt = Clock.UtcNow(time);
            request.AssignmentNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
            request.Status = AdvisoryStatus.Assigned;
            await notices.AdvisoryAssignedAsync(request, ct);
            await db.SaveChangesAsync(ct);
        }, cancellationToken);
    }

    /// <summary>The assigned member or a coordinator logs the held session with its outcome; the request is then completed.</summary>
    public async Task LogSessionAsync(Guid userId, Guid requestId, AdvisorySessionInput input, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var me = await accounts.CallerAsync(userId, cancellationToken);
        var today = DateOnly.FromDateTime(Kst.ToKst(Clock.UtcNow(time)).DateTime);
        var errors = new ValidationErrors();
        if (input.SessionOn is not { } on)
        {
            errors.Add("sessionOn", CoreMessages.Get("Validation.Required", CoreMessages.Get("Advisory.Field.SessionOn")));
        }
        else if (on > today)
        {
            errors.Add("sessionOn", CoreMessages.Get("Advisory.FutureSession"));
        }

        if (input.Minutes is not { } minutes || minutes < 1 || minutes > TalentRules.MaxSessionMinutes)
        {
            errors.Add("minutes", CoreMessages.Get("Validation.Range", CoreMessages.Get("Advisory.Field.Minutes"), 1, TalentRules.MaxSessionMinutes));
        }

        if (input.Outcome is not { } outcome || !Enum.IsDefined(outcome))
        {
            errors.Add("outcome", CoreMessages.Get("Validation.Choose", CoreMessages.Get("Advisory.Field.Outcome")));
        }

        errors.OptionalText("note", input.Note, "Advisory.Field.OutcomeNote", TalentRules.NoteLength);
        errors.ThrowIfAny();
        await SerializableTransaction.RunAsync(db, async ct =>
        {
            var request = await VisibleAsync(me, requestId, ct);
            if (!me.IsCoordinator && !(request.MemberPersonId is { } member && me.Is(member)))
            {
                throw new ForbiddenException(CoreMessages.Get("Advisory.MemberOnly"));
            }

            ExpectedVersion.Check(request, expectedVersion, nameof(AdvisoryRequest), requestId);
            if (request.Status != AdvisoryStatus.Assigned)
            {
                throw new BusinessRuleException("Advisory.NotAssigned", CoreMessages.Get("Advisory.NotAssigned"));
            }

            if (input.SessionOn < DateOnly.FromDateTime(Kst.ToKst(request.RequestedAt).DateTime))
            {
                errors.Add("sessionOn", CoreMessages.Get("Advisory.SessionBeforeRequest"));
                errors.ThrowIfAny();
            }

            request.SessionOn = input.SessionOn;
            request.SessionMinutes = input.Minutes;
            request.Outcome = input.Outcome;
            request.OutcomeNote = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
            request.LoggedById = userId;
            request.CompletedAt = Clock.UtcNow(time);
            request.Status = AdvisoryStatus.Completed;
            await notices.AdvisoryCompletedAsync(request, ct);
            await db.SaveChangesAsync(ct);
        }, cancellationToken);
    }

    /// <summary>A member of the requesting company cancels the request before the session.</summary>
    public async Task CancelAsync(Guid userId, Guid requestId, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var me = await accounts.CallerAsync(userId, cancellationToken);
        var request = await VisibleAsync(me, requestId, cancellationToken);
        if (!me.IsCompany || me.OrganizationId != request.CompanyId)
        {
            throw new ForbiddenException(CoreMessages.Get("Advisory.CompanyOnly"));
        }

        ExpectedVersion.Check(request, expectedVersion, nameof(AdvisoryRequest), requestId);
        if (request.Status is not (AdvisoryStatus.Requested or AdvisoryStatus.Assigned))
        {
            throw new BusinessRuleException("Advisory.Closed", CoreMessages.Get("Advisory.Closed"));
        }

        request.Status = AdvisoryStatus.Cancelled;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The request if the caller is its company, its member or program staff; otherwise it does not exist for them.</summary>
    internal async Task<AdvisoryRequest> VisibleAsync(TalentCaller me, Guid requestId, CancellationToken cancellationToken)
    {
        var request = await db.AdvisoryRequests.SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        return request is not null && AdvisoryAccess.CanSee(me, request.CompanyId, request.MemberPersonId)
            ? request
            : throw new NotFoundException(nameof(AdvisoryRequest), requestId);
    }
}

internal static class AdvisoryAccess
{
    public static bool CanSee(TalentCaller me, Guid companyId, Guid? memberPersonId) =>
        me.IsStaff || (me.IsCompany && me.OrganizationId == companyId) || (memberPersonId is { } member && me.Is(member));
}
