using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TechBridge.Core.Data.Migrations;

/// <summary>
/// Partnering events: the events, their participants, meeting requests, placed meetings with one seat per participant
/// (unique per slot and table, and per slot and participant), schedule runs and meeting feedback.
/// </summary>
[DbContext(typeof(TechBridgeDbContext))]
[Migration("20261209000025_PartneringEvents")]
public sealed class M0025PartneringEvents : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        m.CreateTable("PartneringEvents", t => new
        {
            Id = t.Column<Guid>(),
            NameKo = t.Text(200),
            NameEn = t.Text(200),
            Description = t.Text(4000),
            Venue = t.Text(300, nullable: true),
            IsOnline = t.Column<bool>(),
            FirstDay = t.Column<DateOnly>(),
            LastDay = t.Column<DateOnly>(),
            DailyStartMinute = t.Column<int>(),
            DailyEndMinute = t.Column<int>(),
            MeetingMinutes = t.Column<int>(),
            TableCount = t.Column<int>(),
            RegistrationDeadline = t.Instant(m),
            Status = t.Text(16),
            OrganizerId = t.Column<Guid>(),
            CreatedAt = t.Instant(m),
            PublishedAt = t.Instant(m, nullable: true),
            Version = t.Column<long>(defaultValue: 1L),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_PartneringEvents", x => x.Id);
            t.ForeignKey("FK_PartneringEvents_Users_OrganizerId", x => x.OrganizerId, "Users", "Id", onDelete: ReferentialAction.Restrict);
            t.CheckConstraint("CK_PartneringEvents_Status", "\"Status\" IN ('Draft', 'Open', 'Scheduled', 'Closed')");
            t.CheckConstraint("CK_PartneringEvents_Hours", "\"DailyStartMinute\" >= 0 AND \"DailyEndMinute\" <= 1440 AND \"DailyStartMinute\" < \"DailyEndMinute\"");
            t.CheckConstraint("CK_PartneringEvents_Days", "\"FirstDay\" <= \"LastDay\"");
            t.CheckConstraint("CK_PartneringEvents_Tables", "\"TableCount\" > 0 AND \"MeetingMinutes\" > 0");
        });
        m.CreateIndex("IX_PartneringEvents_OrganizerId", "PartneringEvents", "OrganizerId");
        m.CreateIndex("IX_PartneringEvents_Status_FirstDay", "PartneringEvents", ["Status", "FirstDay"]);

        m.CreateTable("EventParticipants", t => new
        {
            Id = t.Column<Guid>(),
            EventId = t.Column<Guid>(),
            UserId = t.Column<Guid>(),
            Organization = t.Text(200),
            Offers = t.Text(2000),
            Requests = t.Text(2000),
            FieldCodes = t.Text(400),
            UnavailableSlots = t.Text(4000),
            RegisteredAt = t.Instant(m),
            UpdatedAt = t.Instant(m),
            RemindedAt = t.Instant(m, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_EventParticipants", x => x.Id);
            t.ForeignKey("FK_EventParticipants_PartneringEvents_EventId", x => x.EventId, "PartneringEvents", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_EventParticipants_Users_UserId", x => x.UserId, "Users", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_EventParticipants_EventId_UserId", "EventParticipants", ["EventId", "UserId"], unique: true);
        m.CreateIndex("IX_EventParticipants_UserId", "EventParticipants", "UserId");

        m.CreateTable("EventMeetingRequests", t => new
        {
            Id = t.Column<Guid>(),
            EventId = t.Column<Guid>(),
            RequesterId = t.Column<Guid>(),
            RecipientId = t.Column<Guid>(),
            Message = t.Text(1000, nullable: true),
            Status = t.Text(16),
            DeclineReason = t.Text(500, nullable: true),
            CreatedAt = t.Instant(m),
            AnsweredAt = t.Instant(m, nullable: true),
            UnplacedReason = t.Text(32, nullable: true),
            UnplacedParticipantId = t.Column<Guid>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_EventMeetingRequests", x => x.Id);
            t.ForeignKey("FK_EventMeetingRequests_PartneringEvents_EventId", x => x.EventId, "PartneringEvents", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_EventMeetingRequests_EventParticipants_RequesterId", x => x.RequesterId, "EventParticipants", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_EventMeetingRequests_EventParticipants_RecipientId", x => x.RecipientId, "EventParticipants", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_EventMeetingRequests_EventParticipants_UnplacedParticipantId", x => x.UnplacedParticipantId, "EventParticipants", "Id", onDelete: ReferentialAction.Restrict);
            t.CheckConstraint("CK_EventMeetingRequests_Status", "\"Status\" IN ('Pending', 'Accepted', 'Declined')");
            t.CheckConstraint("CK_EventMeetingRequests_Pair", "\"RequesterId\" <> \"RecipientId\"");
        });
        m.CreateIndex("IX_EventMeetingRequests_Pair_Pending", "EventMeetingRequests", ["EventId", "RequesterId", "RecipientId"], unique: true, filter: "\"Status\" = 'Pending'");
        m.CreateIndex("IX_EventMeetingRequests_RequesterId", "EventMeetingRequests", "RequesterId");
        m.CreateIndex("IX_EventMeetingRequests_RecipientId", "EventMeetingRequests", "RecipientId");
        m.CreateIndex("IX_EventMeetingRequests_UnplacedParticipantId", "EventMeetingRequests", "UnplacedParticipantId");

        m.CreateTable("EventPlacements", t => new
        {
            Id = t.Column<Guid>(),
            EventId = t.Column<Guid>(),
            MeetingRequestId = t.Column<Guid>(),
            SlotIndex = t.Column<int>(),
            TableNumber = t.Column<int>(),
            Locked = t.Column<bool>(),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_EventPlacements", x => x.Id);
            t.ForeignKey("FK_EventPlacements_PartneringEvents_EventId", x => x.EventId, "PartneringEvents", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_EventPlacements_EventMeetingRequests_MeetingRequestId", x => x.MeetingRequestId, "EventMeetingRequests", "Id", onDelete: ReferentialAction.Cascade);
            t.CheckConstraint("CK_EventPlacements_Place", "\"SlotIndex\" >= 0 AND \"TableNumber\" > 0");
        });
        m.CreateIndex("IX_EventPlacements_EventId_SlotIndex_TableNumber", "EventPlacements", ["EventId", "SlotIndex", "TableNumber"], unique: true);
        m.CreateIndex("IX_EventPlacements_MeetingRequestId", "EventPlacements", "MeetingRequestId", unique: true);

        m.CreateTable("EventPlacementSeats", t => new
        {
            Id = t.Column<Guid>(),
            PlacementId = t.Column<Guid>(),
            EventId = t.Column<Guid>(),
            SlotIndex = t.Column<int>(),
            ParticipantId = t.Column<Guid>(),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_EventPlacementSeats", x => x.Id);
            t.ForeignKey("FK_EventPlacementSeats_EventPlacements_PlacementId", x => x.PlacementId, "EventPlacements", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_EventPlacementSeats_PartneringEvents_EventId", x => x.EventId, "PartneringEvents", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_EventPlacementSeats_EventParticipants_ParticipantId", x => x.ParticipantId, "EventParticipants", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_EventPlacementSeats_EventId_SlotIndex_ParticipantId", "EventPlacementSeats", ["EventId", "SlotIndex", "ParticipantId"], unique: true);
        m.CreateIndex("IX_EventPlacementSeats_PlacementId", "EventPlacementSeats", "PlacementId");
        m.CreateIndex("IX_EventPlacementSeats_ParticipantId", "EventPlacementSeats", "ParticipantId");

        m.CreateTable("EventScheduleRuns", t => new
        {
            Id = t.Column<Guid>(),
            EventId = t.Column<Guid>(),
            RunById = t.Column<Guid>(),
            RunAt = t.Instant(m),
            Placed = t.Column<int>(),
            Unplaced = t.Column<int>(),
            ProvedOptimal = t.Column<bool>(),
            Problem = t.Text(2000, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_EventScheduleRuns", x => x.Id);
            t.ForeignKey("FK_EventScheduleRuns_PartneringEvents_EventId", x => x.EventId, "PartneringEvents", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_EventScheduleRuns_Users_RunById", x => x.RunById, "Users", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_EventScheduleRuns_EventId_RunAt", "EventScheduleRuns", ["EventId", "RunAt"]);
        m.CreateIndex("IX_EventScheduleRuns_RunById", "EventScheduleRuns", "RunById");

        m.CreateTable("EventMeetingFeedback", t => new
        {
            Id = t.Column<Guid>(),
            MeetingRequestId = t.Column<Guid>(),
            ParticipantId = t.Column<Guid>(),
            FollowUpPlanned = t.Column<bool>(),
            NextStep = t.Text(1000),
            GivenAt = t.Instant(m),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_EventMeetingFeedback", x => x.Id);
            t.ForeignKey("FK_EventMeetingFeedback_EventMeetingRequests_MeetingRequestId", x => x.MeetingRequestId, "EventMeetingRequests", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_EventMeetingFeedback_EventParticipants_ParticipantId", x => x.ParticipantId, "EventParticipants", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_EventMeetingFeedback_MeetingRequestId_ParticipantId", "EventMeetingFeedback", ["MeetingRequestId", "ParticipantId"], unique: true);
        m.CreateIndex("IX_EventMeetingFeedback_ParticipantId", "EventMeetingFeedback", "ParticipantId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("EventMeetingFeedback");
        migrationBuilder.DropTable("EventScheduleRuns");
        migrationBuilder.DropTable("EventPlacementSeats");
        migrationBuilder.DropTable("EventPlacements");
        migrationBuilder.DropTable("EventMeetingRequests");
        migrationBuilder.DropTable("EventParticipants");
        migrationBuilder.DropTable("PartneringEvents");
    }
}
