using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;

namespace TechBridge.Core.Shared.Notifications;

internal sealed class InboxMessageConfiguration : IEntityTypeConfiguration<InboxMessage>
{
    public void Configure(EntityTypeBuilder<InboxMessage> b)
    {
        b.ToTable("InboxMessages");
        b.HasKey(x => x.Id);
        b.Property(x => x.Template).HasMaxLength(NotificationLimits.TemplateLength);
        b.Property(x => x.Subject).HasMaxLength(NotificationLimits.SubjectLength);
        b.Property(x => x.Link).HasMaxLength(NotificationLimits.LinkLength);
        b.Property(x => x.AwaitsDigest).HasDefaultValue(false); // added to a table that already held messages
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.UserId, x.CreatedAt });
        b.HasIndex(x => new { x.UserId, x.ReadAt });
        b.HasIndex(x => new { x.AwaitsDigest, x.CreatedAt });
    }
}

internal sealed class OutgoingEmailConfiguration : IEntityTypeConfiguration<OutgoingEmail>
{
    public void Configure(EntityTypeBuilder<OutgoingEmail> b)
    {
        b.ToTable("OutgoingEmails", t =>
        {
            t.HasCheckConstraint("CK_OutgoingEmails_Status", CheckSql.OneOf<EmailStatus>("Status"));
            t.HasCheckConstraint("CK_OutgoingEmails_Attempts", "\"Attempts\" >= 0");
        });
        b.HasKey(x => x.Id);
        b.Property(x => x.To).HasMaxLength(NotificationLimits.AddressLength);
        b.Property(x => x.ToName).HasMaxLength(NotificationLimits.NameLength);
        b.Property(x => x.Culture).HasMaxLength(NotificationLimits.CultureLength);
        b.Property(x => x.Template).HasMaxLength(NotificationLimits.TemplateLength);
        b.Property(x => x.Subject).HasMaxLength(NotificationLimits.SubjectLength);
        b.Property(x => x.Status).HasMaxLength(NotificationLimits.StatusLength);
        b.Property(x => x.LastError).HasMaxLength(NotificationLimits.ErrorLength);
        b.Property(x => x.AttachmentFileName).HasMaxLength(NotificationLimits.FileNameLength);
        b.Property(x => x.AttachmentContentType).HasMaxLength(NotificationLimits.ContentTypeLength);
        b.HasIndex(x => new { x.Status, x.NextAttemptAt });
    }
}

internal sealed class NotificationSettingConfiguration : IEntityTypeConfiguration<NotificationSetting>
{
    public void Configure(EntityTypeBuilder<NotificationSetting> b)
    {
        b.ToTable("NotificationSettings", t => t.HasCheckConstraint("CK_NotificationSettings_EmailDelivery", CheckSql.OneOf<EmailDelivery>("EmailDelivery")));
        b.HasKey(x => x.UserId);
        b.Property(x => x.EmailDelivery).HasMaxLength(NotificationLimits.DeliveryLength);
        b.HasOne<UserAccount>().WithOne().HasForeignKey<NotificationSetting>(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
