using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TechBridge.Core.Data.Migrations;

/// <summary>
/// After a partnering event, a participant continues a held meeting in an inquiry thread: the link from the meeting
/// (and its event and participant) to the thread, one row per thread.
/// </summary>
[DbContext(typeof(TechBridgeDbContext))]
[Migration("20261209000029_MeetingFollowUps")]
public sealed class M0029MeetingFollowUps : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        m.CreateTable("EventMeetingFollowUps", t => new
        {
            InquiryId = t.Column<Guid>(),
            MeetingRequestId = t.Column<Guid>(),
            EventId = t.Column<Guid>(),
            ParticipantId = t.Column<Guid>(),
            CreatedAt = t.Instant(m),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_EventMeetingFollowUps", x => x.InquiryId);
            t.ForeignKey("FK_EventMeetingFollowUps_Inquiries_InquiryId", x => x.InquiryId, "Inquiries", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_EventMeetingFollowUps_EventMeetingRequests_MeetingRequestId", x => x.MeetingRequestId, "EventMeetingRequests", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_EventMeetingFollowUps_PartneringEvents_EventId", x => x.EventId, "PartneringEvents", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_EventMeetingFollowUps_EventParticipants_ParticipantId", x => x.ParticipantId, "EventParticipants", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_EventMeetingFollowUps_MeetingRequestId", "EventMeetingFollowUps", "MeetingRequestId");
        m.CreateIndex("IX_EventMeetingFollowUps_EventId", "EventMeetingFollowUps", "EventId");
        m.CreateIndex("IX_EventMeetingFollowUps_ParticipantId", "EventMeetingFollowUps", "ParticipantId");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("EventMeetingFollowUps");
}
