using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Programs.Reference;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Core.Programs.Calls;

internal sealed class ProgramCallConfiguration : IEntityTypeConfiguration<ProgramCall>
{
    public void Configure(EntityTypeBuilder<ProgramCall> b)
    {
        b.ToTable("ProgramCalls", t =>
        {
            t.HasCheckConstraint("CK_ProgramCalls_Kind", CheckSql.OneOf<CallKind>("Kind"));
            t.HasCheckConstraint("CK_ProgramCalls_Status", CheckSql.OneOf<CallStatus>("Status"));
            t.HasCheckConstraint("CK_ProgramCalls_Budget", $"\"TotalBudgetKrw\" > 0 AND \"MaxGovernmentKrwPerTask\" > 0 AND \"MaxGovernmentKrwPerTask\" <= \"TotalBudgetKrw\"");
            t.HasCheckConstraint("CK_ProgramCalls_Share", "\"MaxGovernmentSharePercent\" BETWEEN 1 AND 100");
            t.HasCheckConstraint("CK_ProgramCalls_Months", $"\"MaxMonths\" BETWEEN 1 AND {CallLimits.MaxMonths}");
        });
        b.HasKey(x => x.Id);
        b.Property(x => x.ProgramCode).HasMaxLength(60);
        b.Property(x => x.TitleKo).HasMaxLength(CallLimits.TitleLength);
        b.Property(x => x.TitleEn).HasMaxLength(CallLimits.TitleLength);
        b.Property(x => x.SummaryKo).HasMaxLength(CallLimits.SummaryLength);
        b.Property(x => x.SummaryEn).HasMaxLength(CallLimits.SummaryLength);
        b.Property(x => x.Kind).HasMaxLength(16);
        b.Property(x => x.Status).HasMaxLength(16);
        b.Property(x => x.KeepsRawScores).HasDefaultValue(false); // added to a table that already held calls
        b.HasOne<ProgramInfo>().WithMany().HasForeignKey(x => x.ProgramCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.CreatedById).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Fields).WithOne().HasForeignKey(x => x.CallId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.ApplicantTypes).WithOne().HasForeignKey(x => x.CallId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Documents).WithOne().HasForeignKey(x => x.CallId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Topics).WithOne().HasForeignKey(x => x.CallId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Stages).WithOne().HasForeignKey(x => x.CallId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.Status, x.ClosesAt });
        b.HasIndex(x => x.ProgramCode);
        b.HasIndex(x => x.CreatedById);
    }
}

internal sealed class CallFieldConfiguration : IEntityTypeConfiguration<CallField>
{
    public void Configure(EntityTypeBuilder<CallField> b)
    {
        b.ToTable("ProgramCallFields");
        b.HasKey(x => new { x.CallId, x.FieldCode });
        b.Property(x => x.FieldCode).HasMaxLength(TaxonomyCodes.CodeLength);
        b.HasOne<Field>().WithMany().HasForeignKey(x => x.FieldCode).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.FieldCode);
    }
}

internal sealed class CallApplicantTypeConfiguration : IEntityTypeConfiguration<CallApplicantType>
{
    public void Configure(EntityTypeBuilder<CallApplicantType> b)
    {
        b.ToTable("ProgramCallApplicantTypes", t => t.HasCheckConstraint("CK_ProgramCallApplicantTypes_Type", CheckSql.OneOf<ApplicantType>("Type")));
        b.HasKey(x => new { x.CallId, x.Type });
        b.Property(x => x.Type).HasMaxLength(24);
    }
}

internal sealed class CallDocumentConfiguration : IEntityTypeConfiguration<CallDocument>
{
    public void Configure(EntityTypeBuilder<CallDocument> b)
    {
        b.ToTable("ProgramCallDocuments", t => t.HasCheckConstraint("CK_ProgramCallDocuments_Kind", CheckSql.OneOf<DocumentKind>("Kind")));
        b.HasKey(x => new { x.CallId, x.Kind });
        b.Property(x => x.Kind).HasMaxLength(24);
    }
}

internal sealed class CallTopicConfiguration : IEntityTypeConfiguration<CallTopic>
{
    public void Configure(EntityTypeBuilder<CallTopic> b)
    {
        b.ToTable("ProgramCallTopics");
        b.HasKey(x => new { x.CallId, x.Position });
        b.Property(x => x.TitleKo).HasMaxLength(CallLimits.TitleLength);
        b.Property(x => x.TitleEn).HasMaxLength(CallLimits.TitleLength);
        b.Property(x => x.WhyKo).HasMaxLength(CallLimits.TopicTextLength);
        b.Property(x => x.WhyEn).HasMaxLength(CallLimits.TopicTextLength);
        b.Property(x => x.WhatKo).HasMaxLength(CallLimits.TopicTextLength);
        b.Property(x => x.WhatEn).HasMaxLength(CallLimits.TopicTextLength);
    }
}

internal sealed class CallStageConfiguration : IEntityTypeConfiguration<CallStage>
{
    public void Configure(EntityTypeBuilder<CallStage> b)
    {
        b.ToTable("ProgramCallStages", t =>
        {
            t.HasCheckConstraint("CK_ProgramCallStages_Kind", CheckSql.OneOf<StageKind>("Kind"));
            t.HasCheckConstraint("CK_ProgramCallStages_Weight", "\"WeightPercent\" BETWEEN 0 AND 100");
            t.HasCheckConstraint("CK_ProgramCallStages_CutOff", "\"CutOff\" IS NULL OR \"CutOff\" BETWEEN 0 AND 100");
            t.HasCheckConstraint("CK_ProgramCallStages_Reviewers", $"\"ReviewersPerProposal\" BETWEEN 0 AND {CallLimits.MaxReviewersPerProposal}");
        });
        b.HasKey(x => new { x.CallId, x.Position });
        b.Property(x => x.Kind).HasMaxLength(24);
    }
}
