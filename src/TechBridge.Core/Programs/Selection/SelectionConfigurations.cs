using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Programs.Proposals;

namespace TechBridge.Core.Programs.Selection;

internal sealed class CallSelectionConfiguration : IEntityTypeConfiguration<CallSelection>
{
    public void Configure(EntityTypeBuilder<CallSelection> b)
    {
        b.ToTable("CallSelections");
        b.HasKey(x => x.CallId);
        b.Property(x => x.InputsSha256).HasMaxLength(64);
        b.HasOne<ProgramCall>().WithOne().HasForeignKey<CallSelection>(x => x.CallId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.RunById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.PublishedById).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Entries).WithOne().HasForeignKey(x => x.CallId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.RunById);
        b.HasIndex(x => x.PublishedById);
    }
}

internal sealed class SelectionEntryConfiguration : IEntityTypeConfiguration<SelectionEntry>
{
    public void Configure(EntityTypeBuilder<SelectionEntry> b)
    {
        b.ToTable("SelectionEntries", t =>
        {
            t.HasCheckConstraint("CK_SelectionEntries_Outcome", CheckSql.OneOf<SelectionOutcome>("Outcome"));
            t.HasCheckConstraint("CK_SelectionEntries_Adjustment", $"\"Adjustment\" IS NULL OR {CheckSql.OneOf<AdjustmentKind>("Adjustment")}");
        });
        b.HasKey(x => new { x.CallId, x.ProposalId });
        b.Property(x => x.Outcome).HasMaxLength(24);
        b.Property(x => x.Adjustment).HasMaxLength(16);
        b.Property(x => x.FieldCode).HasMaxLength(40);
        b.Property(x => x.CountryCode).HasMaxLength(2);
        b.HasOne<Proposal>().WithMany().HasForeignKey(x => x.ProposalId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.ProposalId).IsUnique();
    }
}

internal sealed class SelectionAdjustmentConfiguration : IEntityTypeConfiguration<SelectionAdjustment>
{
    public void Configure(EntityTypeBuilder<SelectionAdjustment> b)
    {
        b.ToTable("SelectionAdjustments", t => t.HasCheckConstraint("CK_SelectionAdjustments_Kind", CheckSql.OneOf<AdjustmentKind>("Kind")));
        b.HasKey(x => new { x.CallId, x.ProposalId });
        b.Property(x => x.Kind).HasMaxLength(16);
        b.Property(x => x.Justification).HasMaxLength(SelectionLimits.JustificationLength);
        b.HasOne<ProgramCall>().WithMany().HasForeignKey(x => x.CallId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Proposal>().WithMany().HasForeignKey(x => x.ProposalId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.ById).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.ProposalId);
        b.HasIndex(x => x.ById);
    }
}
