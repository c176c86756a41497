using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Marketplace.Inquiries;
using TechBridge.Core.Shared.Attachments;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Resources;
using TechBridge.Core.Shared.Transactions;
using TechBridge.Core.Shared.Versioning;

namespace TechBridge.Core.Marketplace.Deals;

/// <summary>
/// Technology transfer deals: opened by the owner side from an inquiry about a technology (or by either party directly),
/// moved one stage at a time through <see cref="DealTransitions"/>, lost with a reason, and followed up with quarterly
/// revenue reports once completed. Each command checks the caller's side, the version the caller read and the transition,
/// then writes the change, its step, the technology's status, the notices and (through the DbContext) the audit in one
/// serializable transaction.
/// </summary>
public sealed class DealService(
    TechBridgeDbContext db,
    DealAccess access,
    InquiryAccess inquiries,
    DealNotices notices,
    AttachmentService attachments,
    DealStepAttachmentPolicy attachmentPolicy,
    AttachmentStore store,
    TimeProvider time)
{
    private readonly StoredFilesTransaction storedFiles = new(db, store);

    /// <summary>Opens a deal at the inquiry stage; returns its id.</summary>
    public async Task<Guid> OpenAsync(Guid userId, DealOpenInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new ValidationErrors();
        if (input.InquiryId is null && input.TechnologyId is null)
        {
            errors.Add("technologyId", CoreMessages.Get("Validation.Required", CoreMessages.Get("Deal.Field.Technology")));
        }

        CheckNote(errors, input.Note, required: false);
        var on = CheckDate(errors, input.OccurredOn, previous: null);
        errors.ThrowIfAny();
        var caller = await access.UserAsync(userId, cancellationToken) ?? throw new ForbiddenException(CoreMessages.Get("Rule.NotAllowed"));
        var parties = input.InquiryId is { } inquiryId
            ? await FromInquiryAsync(userId, inquiryId, input.TechnologyId, cancellationToken)
            : await DirectAsync(userId, caller, input.TechnologyId!.Value, input.BuyerUserId, cancellationToken);

        return await SerializableTransaction.RunAsync(db, async ct =>
        {
            if (await db.Deals.AnyAsync(d => d.TechnologyId == parties.TechnologyId && d.BuyerUserId == parties.BuyerUserId && d.State != DealState.Lost && d.State != DealState.FollowUp, ct))
            {
                throw new BusinessRuleException("Deal.AlreadyOpen", CoreMessages.Get("Deal.AlreadyOpen"));
            }

            var now = Clock.UtcNow(time);
            var deal = new Deal
            {
                TechnologyId = parties.TechnologyId, SellerOrganizationId = parties.SellerOrganizationId, BuyerUserId = parties.BuyerUserId,
                BuyerOrganizationId = parties.BuyerOrganizationId, InquiryId = input.InquiryId, State = DealState.Inquiry, LastStepOn = on!.Value,
                OpenedById = userId, OpenedAt = now, UpdatedAt = now,
            };
            var step = new DealStep
            {
                DealId = deal.Id, Stage = DealState.Inquiry, OccurredOn = on.Value, Note = input.Note?.Trim() ?? string.Empty, ActorId = userId,
                ActorSide = parties.OpenerSide, RecordedAt = now,
            };
            db.Deals.Add(deal);
            db.DealSteps.Add(step);
            await FollowTechnologyAsync(deal, ct);
            await notices.OpenedAsync(deal, step, ct);
            await db.SaveChangesAsync(ct);
            return deal.Id;
        }, cancellationToken);
    }

    /// <summary>Records the next step (one stage forward) with its documents; returns the step's id.</summary>
    public async Task<Guid> RecordStepAsync(
        Guid userId, Guid dealId, DealStepInput input, IReadOnlyList<UploadedFile>? files = null, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        files ??= [];
        var (loaded, side) = await access.DealAsync(userId, dealId, cancellationToken);
        RequireParty(side);
        ExpectedVersion.Check(loaded, expectedVersion, nameof(Deal), dealId);
        var errors = new ValidationErrors();
        if (input.Stage is not { } stage || !Enum.IsDefined(stage) || stage == DealState.Lost)
        {
            errors.Add("stage", CoreMessages.Get("Validation.Choose", CoreMessages.Get("Deal.Field.Stage")));
            stage = DealState.Lost;
        }

        CheckDate(errors, input.OccurredOn, loaded.LastStepOn);
        CheckNote(errors, input.Note, required: false);
        CheckTerms(errors, stage, input);
        if (files.Count > DealLimits.FilesPerStep)
        {
            errors.Add(AttachmentService.FileField, CoreMessages.Get("Deal.TooManyFiles", DealLimits.FilesPerStep));
        }

        errors.ThrowIfAny();
        RequireTransition(loaded.State, stage);
        db.ChangeTracker.Clear();
        return await storedFiles.RunAsync(files.Select(f => f.Content), async ct =>
        {
            var (deal, _) = await access.DealAsync(userId, dealId, ct);
            ExpectedVersion.Check(deal, expectedVersion ?? loaded.Version, nameof(Deal), dealId);
            RequireTransition(deal.State, stage);
            var now = Clock.UtcNow(time);
            var terms = DealTransitions.HasTerms(stage);
            var step = new DealStep
            {
                DealId = deal.Id, Stage = stage, OccurredOn = input.OccurredOn!.Value, Note = input.Note?.Trim() ?? string.Empty, ActorId = userId, ActorSide = side,
                LicenceKind = terms ? input.LicenceKind : null, UpfrontFeeKrw = terms ? input.UpfrontFeeKrw : null,
                RoyaltyBasisPoints = terms ? (int)(input.RoyaltyPercent!.Value * 100) : null, RecordedAt = now,
            };
            deal.State = stage;
            deal.LastStepOn = step.OccurredOn;
            deal.UpdatedAt = now;
            db.DealSteps.Add(step);
            await db.SaveChangesAsync(ct);
            using (attachmentPolicy.Recording(step.Id))
            {
                foreach (var file in files)
                {
                    var added = await attachments.AddAsync(AttachmentOwner.DealStep(step.Id), file.Content, file.FileName, file.ContentType, userId, ct);
                    storedFiles.Track(await db.Attachments.Where(a => a.Id == added.Id).Select(a => a.StorageKey).SingleAsync(ct));
                }
            }

            await FollowTechnologyAsync(deal, ct);
            await notices.StepRecordedAsync(deal, step, ct);
            await db.SaveChangesAsync(ct);
            return step.Id;
        }, cancellationToken);
    }

    /// <summary>Marks an open deal lost, with a reason from the list (<see cref="DealLossReason.Other"/> needs a note).</summary>
    public async Task LoseAsync(
        Guid userId, Guid dealId, DealLossReason? reason, string? note, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var (loaded, side) = await access.DealAsync(userId, dealId, cancellationToken);
        RequireParty(side);
        ExpectedVersion.Check(loaded, expectedVersion, nameof(Deal), dealId);
        var errors = new ValidationErrors();
        if (reason is not { } why || !Enum.IsDefined(why))
        {
            errors.Add("reason", CoreMessages.Get("Validation.Choose", CoreMessages.Get("Deal.Field.LossReason")));
        }
        else if (why == DealLossReason.Other && string.IsNullOrWhiteSpace(note))
        {
            errors.Add("note", CoreMessages.Get("Deal.OtherNeedsNote"));
        }

        errors.OptionalText("note", note, "Deal.Field.Note", DealLimits.LossNoteLength);
        errors.ThrowIfAny();
        RequireTransition(loaded.State, DealState.Lost);
        db.ChangeTracker.Clear();
        await SerializableTransaction.RunAsync(db, async ct =>
        {
            var (deal, _) = await access.DealAsync(userId, dealId, ct);
            ExpectedVersion.Check(deal, expectedVersion ?? loaded.Version, nameof(Deal), dealId);
            RequireTransition(deal.State, DealState.Lost);
            var now = Clock.UtcNow(time);
            deal.LostAtStage = deal.State;
            deal.State = DealState.Lost;
            deal.LossReason = reason;
            deal.LossNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
            deal.LostAt = now;
            deal.LostById = userId;
            deal.UpdatedAt = now;
            await FollowTechnologyAsync(deal, ct);
            await notices.LostAsync(deal, userId, side, ct);
            await db.SaveChangesAsync(ct);
        }, cancellationToken);
    }

    /// <summary>Adds the revenue report of one quarter to a completed deal (either party; one report per quarter); returns its id.</summary>
    public async Task<Guid> ReportRevenueAsync(Guid userId, Guid dealId, DealRevenueInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (loaded, side) = await access.DealAsync(userId, dealId, cancellationToken);
        RequireParty(side);
        var errors = new ValidationErrors();
        var today = Today();
        if (input.Year is not { } year || year < DealLimits.FirstReportYear || year > today.Year)
        {
            errors.Add("year", CoreMessages.Get("Validation.Range", CoreMessages.Get("Deal.Field.Year"), DealLimits.FirstReportYear, today.Year));
        }
        else if (input.Quarter is not { } quarter || quarter is < 1 or > 4)
        {
            errors.Add("quarter", CoreMessages.Get("Validation.Range", CoreMessages.Get("Deal.Field.Quarter"), 1, 4));
        }
        else if (new DateOnly(year, ((quarter - 1) * 3) + 1, 1) > today)
        {
            errors.Add("quarter", CoreMessages.Get("Deal.FutureQuarter"));
        }

        CheckKrw(errors, "revenueKrw", input.RevenueKrw, "Deal.Field.Revenue");
        CheckKrw(errors, "royaltyPaidKrw", input.RoyaltyPaidKrw, "Deal.Field.RoyaltyPaid");
        errors.ThrowIfAny();
        if (loaded.State != DealState.FollowUp)
        {
            throw new BusinessRuleException("Deal.NotInFollowUp", CoreMessages.Get("Deal.NotInFollowUp"));
        }

        return await SerializableTransaction.RunAsync(db, async ct =>
        {
            if (await db.DealRevenueReports.AnyAsync(r => r.DealId == dealId && r.Year == input.Year && r.Quarter == input.Quarter, ct))
            {
                throw new BusinessRuleException("Deal.DuplicateReport", CoreMessages.Get("Deal.DuplicateReport", input.Year!.Value, input.Quarter!.Value));
            }

            var report = new DealRevenueReport
            {
                DealId = dealId, Year = input.Year!.Value, Quarter = input.Quarter!.Value, RevenueKrw = input.RevenueKrw!.Value,
                RoyaltyPaidKrw = input.RoyaltyPaidKrw!.Value, ReportedById = userId, ReportedBySide = side, ReportedAt = Clock.UtcNow(time),
            };
            db.DealRevenueReports.Add(report);
            await db.SaveChangesAsync(ct);
            return report.Id;
        }, cancellationToken);
    }

    /// <summary>Refuses a move the transition table does not hold, naming the deal's current state.</summary>
    public static void RequireTransition(DealState from, DealState to)
    {
        if (!DealTransitions.IsLegal(from, to))
        {
            throw new BusinessRuleException("Deal.IllegalTransition", CoreMessages.Get(
                "Deal.IllegalTransition", CoreMessages.Get($"Deal.State.{from}"), CoreMessages.Get($"Deal.State.{to}")));
        }
    }

    private DateOnly Today() => DateOnly.FromDateTime(Kst.ToKst(Clock.UtcNow(time)).DateTime);

    private DateOnly? CheckDate(ValidationErrors errors, DateOnly? on, DateOnly? previous)
    {
        var today = Today();
        if (on is null)
        {
            if (previous is null)
            {
                return today;
            }

            errors.Add("occurredOn", CoreMessages.Get("Validation.Required", CoreMessages.Get("Deal.Field.Date")));
        }
        else if (on > today)
        {
            errors.Add("occurredOn", CoreMessages.Get("Deal.FutureDate"));
        }
        else if (previous is { } before && on < before)
        {
            errors.Add("occurredOn", CoreMessages.Get("Deal.BeforePrevious", before.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }

        return on;
    }

    private static void CheckNote(ValidationErrors errors, string? note, bool required)
    {
        if (required)
        {
            errors.RequireText("note", note, "Deal.Field.Note", DealLimits.NoteLength);
        }
        else
        {
            errors.MaxLength("note", note, "Deal.Field.Note", DealLimits.NoteLength);
        }

        errors.PlainText("note", note);
    }

    private static void CheckTerms(ValidationErrors errors, DealState stage, DealStepInput input)
    {
        if (!DealTransitions.HasTerms(stage))
        {
            if (input.LicenceKind is not null || input.UpfrontFeeKrw is not null || input.RoyaltyPercent is not null)
            {
                errors.Add("licenceKind", CoreMessages.Get("Deal.TermsOnlyForTermSheet"));
            }

            return;
        }

        if (input.LicenceKind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add("licenceKind", CoreMessages.Get("Validation.Choose", CoreMessages.Get("Deal.Field.LicenceKind")));
        }

        CheckKrw(errors, "upfrontFeeKrw", input.UpfrontFeeKrw, "Deal.Field.UpfrontFee");
        if (input.RoyaltyPercent is not { } royalty || royalty < 0 || royalty > 100)
        {
            errors.Add("royaltyPercent", CoreMessages.Get("Validation.Range", CoreMessages.Get("Deal.Field.Royalty"), 0, 100));
        }
        else if (decimal.Round(royalty, 2) != royalty)
        {
            errors.Add("royaltyPercent", CoreMessages.Get("Deal.RoyaltyDecimals"));
        }
    }

    private static void CheckKrw(ValidationErrors errors, string field, long? value, string labelKey)
    {
        if (value is not { } won)
        {
            errors.Add(field, CoreMessages.Get("Validation.Required", CoreMessages.Get(labelKey)));
        }
        else if (won is < 0 or > DealLimits.MaxKrw)
        {
            errors.Add(field, CoreMessages.Get("Validation.Range", CoreMessages.Get(labelKey), 0, DealLimits.MaxKrw.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    private static void RequireParty(DealSide side)
    {
        if (side == DealSide.Overseer)
        {
            throw new ForbiddenException(CoreMessages.Get("Deal.ReadOnly"));
        }
    }

    /// <summary>The owner side opens a deal from an inquiry it received about one of its technologies.</summary>
    /// <summary>
    /// The owner's side opens a deal from a thread about one of its technologies, or from a thread with the organisation
    /// itself (e.g. a partnering-event meeting's follow-up) naming which of its technologies the deal is about.
    /// </summary>
    private async Task<Parties> FromInquiryAsync(Guid userId, Guid inquiryId, Guid? technologyId, CancellationToken cancellationToken)
    {
        var inquiry = await db.Inquiries.AsNoTracking().SingleOrDefaultAsync(i => i.Id == inquiryId, cancellationToken);
        var side = inquiry is null ? null : await inquiries.SideAsync(userId, inquiry, cancellationToken);
        if (side is null)
        {
            throw new NotFoundException(nameof(Inquiry), inquiryId);
        }

        if (side != InquirySide.Recipient)
        {
            throw new ForbiddenException(CoreMessages.Get("Deal.OwnerOpensFromInquiry"));
        }

        var technology = inquiry!.SubjectKind == InquirySubjectKind.Technology ? inquiry.SubjectId
            : inquiry.SubjectKind == InquirySubjectKind.Organization ? technologyId
            : null;
        var owner = technology is { } id
            ? await db.PublicTechnologies.AsNoTracking().Where(t => t.Id == id).Select(t => (Guid?)t.OwnerId).SingleOrDefaultAsync(cancellationToken)
            : null;
        if (owner is null || owner != inquiry.RecipientOrganizationId)
        {
            throw new BusinessRuleException("Deal.NotAboutATechnology", CoreMessages.Get("Deal.NotAboutATechnology"));
        }

        return new Parties(technology!.Value, owner.Value, inquiry.SenderId, inquiry.SenderOrganizationId, DealSide.Seller);
    }

    /// <summary>A member of the owner names the buyer; anyone else opens it as the buyer.</summary>
    private async Task<Parties> DirectAsync(Guid userId, DealAccess.Caller caller, Guid technologyId, Guid? buyerUserId, CancellationToken cancellationToken)
    {
        var owner = await db.PublicTechnologies.AsNoTracking().Where(t => t.Id == technologyId).Select(t => (Guid?)t.OwnerId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(nameof(PublicTechnology), technologyId);
        if (caller.OrganizationId != owner)
        {
            return new Parties(technologyId, owner, userId, caller.OrganizationId, DealSide.Buyer);
        }

        var buyer = buyerUserId is { } id
            ? await db.Users.AsNoTracking().Where(u => u.Id == id && !u.IsDisabled).Select(u => new { u.Id, u.OrganizationId }).SingleOrDefaultAsync(cancellationToken)
            : null;
        if (buyer is null)
        {
            throw ValidationFailedException.For("buyerUserId", CoreMessages.Get("Validation.Required", CoreMessages.Get("Deal.Field.Buyer")));
        }

        if (buyer.OrganizationId == owner)
        {
            throw new BusinessRuleException("Deal.OwnSide", CoreMessages.Get("Deal.OwnSide"));
        }

        return new Parties(technologyId, owner, buyer.Id, buyer.OrganizationId, DealSide.Seller);
    }

    /// <summary>
    /// The technology's status follows its deals: Licensed while a deal holds a contract (or is in follow-up),
    /// UnderNegotiation while an open deal is past the NDA, Available otherwise.
    /// </summary>
    private async Task FollowTechnologyAsync(Deal deal, CancellationToken cancellationToken)
    {
        var states = await db.Deals.AsNoTracking().Where(d => d.TechnologyId == deal.TechnologyId && d.Id != deal.Id).Select(d => d.State).ToListAsync(cancellationToken);
        states.Add(deal.State);
        var status = states.Any(s => s is DealState.Contract or DealState.FollowUp) ? LicensingStatus.Licensed
            : states.Any(s => s is DealState.TechnicalMeeting or DealState.TermSheet) ? LicensingStatus.UnderNegotiation
            : LicensingStatus.Available;
        var technology = await db.PublicTechnologies.SingleAsync(t => t.Id == deal.TechnologyId, cancellationToken);
        if (technology.Status != status)
        {
            technology.Status = status;
            technology.UpdatedAt = Clock.UtcNow(time);
        }
    }

    private sealed record Parties(Guid TechnologyId, Guid SellerOrganizationId, Guid BuyerUserId, Guid? BuyerOrganizationId, DealSide OpenerSide);
}
