using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TechBridge.Core.Data.Migrations;

/// <summary>The programs' pool of reviewers: directory people in the overseas or domestic group, with a load limit and an optional sign-in account.</summary>
[DbContext(typeof(TechBridgeDbContext))]
[Migration("20261206000018_ReviewerPool")]
public sealed class M0018ReviewerPool : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        m.CreateTable("Reviewers", t => new
        {
            Id = t.Column<Guid>(),
            PersonId = t.Column<Guid>(),
            UserId = t.Column<Guid>(nullable: true),
            Group = t.Text(16),
            MaxLoad = t.Column<int>(),
            IsActive = t.Column<bool>(),
            Source = t.Text(16),
            AddedById = t.Column<Guid>(nullable: true),
            AddedAt = t.Instant(m),
            UpdatedAt = t.Instant(m),
            IsDemo = t.Column<bool>(),
            Version = t.Column<long>(defaultValue: 1L),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Reviewers", x => x.Id);
            t.ForeignKey("FK_Reviewers_People_PersonId", x => x.PersonId, "People", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_Reviewers_Users_UserId", x => x.UserId, "Users", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_Reviewers_Users_AddedById", x => x.AddedById, "Users", "Id", onDelete: ReferentialAction.Restrict);
            t.CheckConstraint("CK_Reviewers_Group", "\"Group\" IN ('Overseas', 'Domestic')");
            t.CheckConstraint("CK_Reviewers_Source", "\"Source\" IN ('Directory', 'Csv', 'OpenReview')");
            t.CheckConstraint("CK_Reviewers_MaxLoad", "\"MaxLoad\" BETWEEN 1 AND 50");
        });
        m.CreateIndex("IX_Reviewers_PersonId", "Reviewers", "PersonId", unique: true);
        m.CreateIndex("IX_Reviewers_UserId", "Reviewers", "UserId", unique: true);
        m.CreateIndex("IX_Reviewers_AddedById", "Reviewers", "AddedById");
        m.CreateIndex("IX_Reviewers_Group_IsActive", "Reviewers", ["Group", "IsActive"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("Reviewers");
}
