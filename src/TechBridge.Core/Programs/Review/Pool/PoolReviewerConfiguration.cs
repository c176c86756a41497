using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;

namespace TechBridge.Core.Programs.Review.Pool;

internal sealed class PoolReviewerConfiguration : IEntityTypeConfiguration<PoolReviewer>
{
    public void Configure(EntityTypeBuilder<PoolReviewer> b)
    {
        b.ToTable("Reviewers", t =>
        {
            t.HasCheckConstraint("CK_Reviewers_Group", CheckSql.OneOf<ReviewerGroup>("Group"));
            t.HasCheckConstraint("CK_Reviewers_Source", CheckSql.OneOf<ReviewerSource>("Source"));
            t.HasCheckConstraint("CK_Reviewers_MaxLoad", $"\"MaxLoad\" BETWEEN {ReviewerPoolLimits.MinLoad} AND {ReviewerPoolLimits.MaxLoad}");
        });
        b.HasKey(x => x.Id);
        b.Property(x => x.Group).HasMaxLength(16);
        b.Property(x => x.Source).HasMaxLength(16);
        b.HasOne(x => x.Person).WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.AddedById).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.PersonId).IsUnique();
        b.HasIndex(x => x.UserId).IsUnique();
        b.HasIndex(x => x.AddedById);
        b.HasIndex(x => new { x.Group, x.IsActive });
    }
}
