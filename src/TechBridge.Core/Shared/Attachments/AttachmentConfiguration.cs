using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechBridge.Core.Accounts;

namespace TechBridge.Core.Shared.Attachments;

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> b)
    {
        b.ToTable("Attachments", t =>
        {
            t.HasCheckConstraint("CK_Attachments_Size", "\"Size\" > 0");
        });
        b.HasKey(x => x.Id);
        b.Property(x => x.OwnerType).HasMaxLength(40);
        b.Property(x => x.FileName).HasMaxLength(AttachmentFileNames.MaxLength);
        b.Property(x => x.ContentType).HasMaxLength(120);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.Property(x => x.StorageKey).HasMaxLength(64);
        b.Property(x => x.Kind).HasMaxLength(40);
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.UploadedById).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.OwnerType, x.OwnerId });
        b.HasIndex(x => x.StorageKey).IsUnique();
        b.HasIndex(x => x.UploadedById);
    }
}
