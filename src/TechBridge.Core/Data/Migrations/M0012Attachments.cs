using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TechBridge.Core.Data.Migrations;

/// <summary>Attachments of every feature (equipment photos, support request documents); the bytes are files outside the database.</summary>
[DbContext(typeof(TechBridgeDbContext))]
[Migration("20261206000012_Attachments")]
public sealed class M0012Attachments : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        m.CreateTable("Attachments", t => new
        {
            Id = t.Column<Guid>(),
            OwnerType = t.Text(40),
            OwnerId = t.Column<Guid>(),
            FileName = t.Text(200),
            ContentType = t.Text(120),
            Size = t.Column<long>(),
            Sha256 = t.Text(64),
            StorageKey = t.Text(64),
            IsImage = t.Column<bool>(),
            UploadedById = t.Column<Guid>(),
            UploadedAt = t.Instant(m),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Attachments", x => x.Id);
            t.ForeignKey("FK_Attachments_Users_UploadedById", x => x.UploadedById, "Users", "Id", onDelete: ReferentialAction.Restrict);
            t.CheckConstraint("CK_Attachments_Size", "\"Size\" > 0");
        });
        m.CreateIndex("IX_Attachments_OwnerType_OwnerId", "Attachments", ["OwnerType", "OwnerId"]);
        m.CreateIndex("IX_Attachments_StorageKey", "Attachments", "StorageKey", unique: true);
        m.CreateIndex("IX_Attachments_UploadedById", "Attachments", "UploadedById");
    }

    /// <summary>Drops the rows; the files under the attachment folder stay and may be removed by hand.</summary>
    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("Attachments");
}
