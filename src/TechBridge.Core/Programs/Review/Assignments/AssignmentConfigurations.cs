using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Programs.Proposals;
using TechBridge.Core.Programs.Review.Pool;

namespace TechBridge.Core.Programs.Review.Assignments;

internal sealed class ReviewAssignmentConfiguration : IEntityTypeConfiguration<ReviewAssignment>
{
    public void Configure(EntityTypeBuilder<ReviewAssignment> b)
    {
        b.ToTable("ReviewAssignments", t =>
        {
            t.HasCheckConstraint("CK_ReviewAssignments_Status", CheckSql.OneOf<AssignmentStatus>("Status"));
            t.HasCheckConstraint("CK_ReviewAssignments_StageKind", CheckSql.OneOf<StageKind>("StageKind"));
            t.HasCheckConstraint("CK_ReviewAssignments_DeclineReason", $"\"DeclineReason\" IS NULL OR {CheckSql.OneOf<DeclineReason>("DeclineReason")}");
            t.HasCheckConstraint("CK_ReviewAssignments_Total", "\"Total\" IS NULL OR \"Total\" BETWEEN 0 AND 100");
        });
        b.HasKey(x => x.Id);
        b.Property(x => x.Status).HasMaxLength(16);
        b.Property(x => x.StageKind).HasMaxLength(24);
        b.Property(x => x.DeclineReason).HasMaxLength(24);
        b.Property(x => x.DeclineNote).HasMaxLength(ReviewLimits.NoteLength);
        b.Property(x => x.CommentToApplicant).HasMaxLength(ReviewLimits.CommentLength);
        b.Property(x => x.CommentToManagers).HasMaxLength(ReviewLimits.CommentLength);
        b.HasOne<ProgramCall>().WithMany().HasForeignKey(x => x.CallId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Proposal>().WithMany().HasForeignKey(x => x.ProposalId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PoolReviewer>().WithMany().HasForeignKey(x => x.ReviewerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.CreatedById).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Scores).WithOne().HasForeignKey(x => x.AssignmentId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.ProposalId, x.StagePosition, x.ReviewerId }).IsUnique();
        b.HasIndex(x => new { x.CallId, x.StagePosition, x.Status });
        b.HasIndex(x => new { x.ReviewerId, x.Status });
        b.HasIndex(x => x.CreatedById);
    }
}

internal sealed class ReviewCriterionScoreConfiguration : IEntityTypeConfiguration<ReviewCriterionScore>
{
    public void Configure(EntityTypeBuilder<ReviewCriterionScore> b)
    {
        b.ToTable("ReviewCriterionScores", t => t.HasCheckConstraint("CK_ReviewCriterionScores_Score", "\"Score\" BETWEEN 0 AND 10"));
        b.HasKey(x => new { x.AssignmentId, x.Position });
        b.Property(x => x.Comment).HasMaxLength(ReviewLimits.CommentLength);
    }
}

internal sealed class AssignmentRunConfiguration : IEntityTypeConfiguration<AssignmentRun>
{
    public void Configure(EntityTypeBuilder<AssignmentRun> b)
    {
        b.ToTable("AssignmentRuns");
        b.HasKey(x => x.Id);
        b.Property(x => x.Method).HasMaxLength(16);
        b.HasOne<ProgramCall>().WithMany().HasForeignKey(x => x.CallId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.RunById).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.CallId, x.StagePosition, x.RunAt });
        b.HasIndex(x => x.RunById);
    }
}

internal sealed class StageResultConfiguration : IEntityTypeConfiguration<StageResult>
{
    public void Configure(EntityTypeBuilder<StageResult> b)
    {
        b.ToTable("StageResults");
        b.HasKey(x => new { x.CallId, x.StagePosition, x.ProposalId });
        b.HasOne<ProgramCall>().WithMany().HasForeignKey(x => x.CallId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Proposal>().WithMany().HasForeignKey(x => x.ProposalId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.ProposalId);
    }
}

internal sealed class ProposalExclusionRequestConfiguration : IEntityTypeConfiguration<ProposalExclusionRequest>
{
    public void Configure(EntityTypeBuilder<ProposalExclusionRequest> b)
    {
        b.ToTable("ProposalExclusionRequests");
        b.HasKey(x => x.Id);
        b.Property(x => x.PersonName).HasMaxLength(ReviewLimits.PersonNameLength);
        b.Property(x => x.Organization).HasMaxLength(ReviewLimits.PersonNameLength);
        b.Property(x => x.Reason).HasMaxLength(ReviewLimits.NoteLength);
        b.HasOne<Proposal>().WithMany().HasForeignKey(x => x.ProposalId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.ProposalId);
    }
}
