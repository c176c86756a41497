using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Resources;
using TechBridge.Core.Shared.Versioning;

namespace TechBridge.Core.Programs.Calls;

/// <summary>
/// Program managers (and administrators) draft a call, change it until it closes, publish it, extend its deadline and
/// close it. A draft is seen only by them; a published call by everyone. Each change is audited by the DbContext.
/// </summary>
public sealed class CallService(TechBridgeDbContext db, ProgramActors actors, CallValidator validator, TimeProvider time)
{
    public async Task<Guid> CreateAsync(Guid userId, CallInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await RequireManagerAsync(userId, cancellationToken);
        await validator.ValidateAsync(input, cancellationToken);
        var now = Clock.UtcNow(time);
        var call = new ProgramCall { Status = CallStatus.Draft, CreatedById = userId, CreatedAt = now };
        Apply(call, input, now);
        db.ProgramCalls.Add(call);
        await db.SaveChangesAsync(cancellationToken);
        return call.Id;
    }

    /// <summary>Changes a draft or published call; a closed one is final.</summary>
    public async Task UpdateAsync(Guid userId, Guid id, CallInput input, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var call = await LoadAsync(userId, id, expectedVersion, cancellationToken);
        if (call.Status == CallStatus.Closed)
        {
            throw new BusinessRuleException("Call.Closed", CoreMessages.Get("Call.Closed"));
        }

        await validator.ValidateAsync(input, cancellationToken);
        Apply(call, input, Clock.UtcNow(time));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Makes a draft public; its deadline must still be ahead.</summary>
    public async Task PublishAsync(Guid userId, Guid id, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var call = await LoadAsync(userId, id, expectedVersion, cancellationToken);
        var now = Clock.UtcNow(time);
        Require(call, CallAction.Publish);
        if (call.ClosesAt <= now)
        {
            throw new BusinessRuleException("Call.DeadlinePassed", CoreMessages.Get("Call.DeadlinePassed", Kst.Format(call.ClosesAt)));
        }

        call.Status = CallStatus.Published;
        call.PublishedAt = now;
        call.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Moves a published call's deadline later.</summary>
    public async Task ExtendAsync(Guid userId, Guid id, DateTimeOffset? closesAt, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var call = await LoadAsync(userId, id, expectedVersion, cancellationToken);
        Require(call, CallAction.Extend);
        var now = Clock.UtcNow(time);
        if (closesAt is not { } deadline)
        {
            throw ValidationFailedException.For("closesAt", CoreMessages.Get("Validation.Required", CoreMessages.Get("Field.ClosesAt")));
        }

        if (deadline <= call.ClosesAt || deadline <= now)
        {
            throw ValidationFailedException.For("closesAt", CoreMessages.Get("Call.ExtendLater", Kst.Format(call.ClosesAt)));
        }

        call.ClosesAt = deadline;
        call.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Ends a published call now (before its deadline, or to record that it is over).</summary>
    public async Task CloseAsync(Guid userId, Guid id, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var call = await LoadAsync(userId, id, expectedVersion, cancellationToken);
        Require(call, CallAction.Close);
        var now = Clock.UtcNow(time);
        call.Status = CallStatus.Closed;
        call.ClosedAt = now;
        call.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Require(ProgramCall call, CallAction action)
    {
        if (!CallTransitions.Allows(call.Status, action))
        {
            throw new BusinessRuleException("Call.Transition", CoreMessages.Get("Call.Transition",
                CoreMessages.Get($"CallStatus.{call.Status}"), CoreMessages.Get($"CallAction.{action}")));
        }
    }

    private async Task RequireManagerAsync(Guid userId, CancellationToken cancellationToken)
    {
        if ((await actors.FindAsync(userId, cancellationToken))?.IsManager != true)
        {
            throw new ForbiddenException(CoreMessages.Get("Call.ManagersOnly"));
        }
    }

    private async Task<ProgramCall> LoadAsync(Guid userId, Guid id, long? expectedVersion, CancellationToken cancellationToken)
    {
        var actor = await actors.FindAsync(userId, cancellationToken);
        var call = await db.ProgramCalls
            .Include(c => c.Fields).Include(c => c.ApplicantTypes).Include(c => c.Documents).Include(c => c.Topics).Include(c => c.Stages)
            .AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (call is null || (call.Status == CallStatus.Draft && actor?.IsManager != true))
        {
            throw new NotFoundException(nameof(ProgramCall), id);
        }

        if (actor?.IsManager != true)
        {
            throw new ForbiddenException(CoreMessages.Get("Call.ManagersOnly"));
        }

        ExpectedVersion.Check(call, expectedVersion, nameof(ProgramCall), id);
        return call;
    }

    private void Apply(ProgramCall call, CallInput input, DateTimeOffset now)
    {
        call.ProgramCode = input.ProgramCode!.Trim();
        call.TitleKo = input.TitleKo!.Trim();
        call.TitleEn = input.TitleEn!.Trim();
        call.SummaryKo = TextInput.Blank(input.SummaryKo);
        call.SummaryEn = TextInput.Blank(input.SummaryEn);
        call.Kind = input.Kind!.Value;
        call.OpensAt = input.OpensAt!.Value.ToUniversalTime();
        call.ClosesAt = input.ClosesAt!.Value.ToUniversalTime();
        call.TotalBudgetKrw = input.TotalBudgetKrw!.Value;
        call.MaxGovernmentKrwPerTask = input.MaxGovernmentKrwPerTask!.Value;
        call.MaxGovernmentSharePercent = input.MaxGovernmentSharePercent!.Value;
        call.MaxMonths = input.MaxMonths!.Value;
        call.RequiresDispatch = input.RequiresDispatch;
        call.RequiresOverseasPartner = input.RequiresOverseasPartner;
        call.KeepsRawScores = input.KeepsRawScores;
        call.UpdatedAt = now;
        Replace(call.Fields, TextInput.Codes(input.FieldCodes).Distinct(StringComparer.Ordinal).Select(code => new CallField { CallId = call.Id, FieldCode = code }));
        Replace(call.ApplicantTypes, (input.ApplicantTypes ?? []).Distinct().Select(t => new CallApplicantType { CallId = call.Id, Type = t }));
        Replace(call.Documents, (input.Documents ?? []).Distinct().Select(d => new CallDocument { CallId = call.Id, Kind = d }));
        Replace(call.Topics, (input.Topics ?? []).Select((t, i) => new CallTopic
        {
            CallId = call.Id, Position = i, TitleKo = t.TitleKo!.Trim(), TitleEn = t.TitleEn!.Trim(), WhyKo = t.WhyKo!.Trim(), WhyEn = t.WhyEn!.Trim(),
            WhatKo = t.WhatKo!.Trim(), WhatEn = t.WhatEn!.Trim(),
        }));
        Replace(call.Stages, (input.Stages ?? []).Select((s, i) => new CallStage
        {
            CallId = call.Id, Position = i, Kind = s.Kind!.Value, WeightPercent = s.WeightPercent ?? 0, CutOff = s.CutOff,
            ReviewersPerProposal = s.ReviewersPerProposal ?? 0, DueAt = s.DueAt?.ToUniversalTime(),
        }));
    }

    /// <summary>Replaces a child collection; the old rows are deleted first so a reused key (position, code) is not a conflict.</summary>
    private void Replace<T>(List<T> rows, IEnumerable<T> next)
        where T : class
    {
        foreach (var row in rows)
        {
            db.Remove(row);
        }

        rows.Clear();
        rows.AddRange(next);
    }
}
