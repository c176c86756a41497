using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;

namespace TechBridge.Core.Marketplace.Events;

internal sealed class PartneringEventConfiguration : IEntityTypeConfiguration<PartneringEvent>
{
    public void Configure(EntityTypeBuilder<PartneringEvent> b)
    {
        b.ToTable("PartneringEvents", t =>
        {
            t.HasCheckConstraint("CK_PartneringEvents_Status", CheckSql.OneOf<PartneringEventStatus>("Status"));
            t.HasCheckConstraint("CK_PartneringEvents_Hours", "\"DailyStartMinute\" >= 0 AND \"DailyEndMinute\" <= 1440 AND \"DailyStartMinute\" < \"DailyEndMinute\"");
            t.HasCheckConstraint("CK_PartneringEvents_Days", "\"FirstDay\" <= \"LastDay\"");
            t.HasCheckConstraint("CK_PartneringEvents_Tables", "\"TableCount\" > 0 AND \"MeetingMinutes\" > 0");
        });
        b.HasKey(x => x.Id);
        b.Property(x => x.NameKo).HasMaxLength(EventLimits.NameLength);
        b.Property(x => x.NameEn).HasMaxLength(EventLimits.NameLength);
        b.Property(x => x.Description).HasMaxLength(EventLimits.DescriptionLength);
        b.Property(x => x.Venue).HasMaxLength(EventLimits.VenueLength);
        b.Property(x => x.Status).HasMaxLength(16);
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.OrganizerId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.OrganizerId);
        b.HasIndex(x => new { x.Status, x.FirstDay });
    }
}

internal sealed class EventParticipantConfiguration : IEntityTypeConfiguration<EventParticipant>
{
    public void Configure(EntityTypeBuilder<EventParticipant> b)
    {
        b.ToTable("EventParticipants");
        b.HasKey(x => x.Id);
        b.Property(x => x.Organization).HasMaxLength(EventLimits.OrganizationLength);
        b.Property(x => x.Offers).HasMaxLength(EventLimits.ProfileTextLength);
        b.Property(x => x.Requests).HasMaxLength(EventLimits.ProfileTextLength);
        b.Property(x => x.FieldCodes).HasMaxLength(EventLimits.FieldCodesLength);
        b.Property(x => x.UnavailableSlots).HasMaxLength(EventLimits.SlotListLength);
        b.HasOne<PartneringEvent>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.EventId, x.UserId }).IsUnique();
        b.HasIndex(x => x.UserId);
    }
}

internal sealed class EventMeetingRequestConfiguration : IEntityTypeConfiguration<EventMeetingRequest>
{
    public void Configure(EntityTypeBuilder<EventMeetingRequest> b)
    {
        b.ToTable("EventMeetingRequests", t =>
        {
            t.HasCheckConstraint("CK_EventMeetingRequests_Status", CheckSql.OneOf<MeetingRequestStatus>("Status"));
            t.HasCheckConstraint("CK_EventMeetingRequests_Pair", "\"RequesterId\" <> \"RecipientId\"");
        });
        b.HasKey(x => x.Id);
        b.Property(x => x.Message).HasMaxLength(EventLimits.MessageLength);
        b.Property(x => x.DeclineReason).HasMaxLength(EventLimits.ReasonLength);
        b.Property(x => x.Status).HasMaxLength(16);
        b.Property(x => x.UnplacedReason).HasMaxLength(32);
        b.HasOne<PartneringEvent>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<EventParticipant>().WithMany().HasForeignKey(x => x.RequesterId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EventParticipant>().WithMany().HasForeignKey(x => x.RecipientId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EventParticipant>().WithMany().HasForeignKey(x => x.UnplacedParticipantId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.EventId, x.RequesterId, x.RecipientId }).IsUnique().HasFilter("\"Status\" = 'Pending'")
            .HasDatabaseName("IX_EventMeetingRequests_Pair_Pending");
        b.HasIndex(x => x.RequesterId);
        b.HasIndex(x => x.RecipientId);
        b.HasIndex(x => x.UnplacedParticipantId);
    }
}

internal sealed class EventPlacementConfiguration : IEntityTypeConfiguration<EventPlacement>
{
    public void Configure(EntityTypeBuilder<EventPlacement> b)
    {
        b.ToTable("EventPlacements", t => t.HasCheckConstraint("CK_EventPlacements_Place", "\"SlotIndex\" >= 0 AND \"TableNumber\" > 0"));
        b.HasKey(x => x.Id);
        b.HasOne<PartneringEvent>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<EventMeetingRequest>().WithMany().HasForeignKey(x => x.MeetingRequestId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.EventId, x.SlotIndex, x.TableNumber }).IsUnique();
        b.HasIndex(x => x.MeetingRequestId).IsUnique();
    }
}

internal sealed class EventPlacementSeatConfiguration : IEntityTypeConfiguration<EventPlacementSeat>
{
    public void Configure(EntityTypeBuilder<EventPlacementSeat> b)
    {
        b.ToTable("EventPlacementSeats");
        b.HasKey(x => x.Id);
        b.HasOne<EventPlacement>().WithMany().HasForeignKey(x => x.PlacementId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<PartneringEvent>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<EventParticipant>().WithMany().HasForeignKey(x => x.ParticipantId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.EventId, x.SlotIndex, x.ParticipantId }).IsUnique();
        b.HasIndex(x => x.PlacementId);
        b.HasIndex(x => x.ParticipantId);
    }
}

internal sealed class EventScheduleRunConfiguration : IEntityTypeConfiguration<EventScheduleRun>
{
    public void Configure(EntityTypeBuilder<EventScheduleRun> b)
    {
        b.ToTable("EventScheduleRuns");
        b.HasKey(x => x.Id);
        b.Property(x => x.Problem).HasMaxLength(EventLimits.ProblemLength);
        b.HasOne<PartneringEvent>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.RunById).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.EventId, x.RunAt });
        b.HasIndex(x => x.RunById);
    }
}

internal sealed class EventMeetingFeedbackConfiguration : IEntityTypeConfiguration<EventMeetingFeedback>
{
    public void Configure(EntityTypeBuilder<EventMeetingFeedback> b)
    {
        b.ToTable("EventMeetingFeedback");
        b.HasKey(x => x.Id);
        b.Property(x => x.NextStep).HasMaxLength(EventLimits.NextStepLength);
        b.HasOne<EventMeetingRequest>().WithMany().HasForeignKey(x => x.MeetingRequestId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<EventParticipant>().WithMany().HasForeignKey(x => x.ParticipantId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.MeetingRequestId, x.ParticipantId }).IsUnique();
        b.HasIndex(x => x.ParticipantId);
    }
}

internal sealed class EventMeetingFollowUpConfiguration : IEntityTypeConfiguration<EventMeetingFollowUp>
{
    public void Configure(EntityTypeBuilder<EventMeetingFollowUp> b)
    {
        b.ToTable("EventMeetingFollowUps");
        b.HasKey(x => x.InquiryId);
        b.HasOne<Inquiries.Inquiry>().WithMany().HasForeignKey(x => x.InquiryId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<EventMeetingRequest>().WithMany().HasForeignKey(x => x.MeetingRequestId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<PartneringEvent>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EventParticipant>().WithMany().HasForeignKey(x => x.ParticipantId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.MeetingRequestId);
        b.HasIndex(x => x.EventId);
        b.HasIndex(x => x.ParticipantId);
    }
}
