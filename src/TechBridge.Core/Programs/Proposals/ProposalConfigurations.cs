using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Directory;
using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Programs.Eligibility;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Core.Programs.Proposals;

internal sealed class ProposalConfiguration : IEntityTypeConfiguration<Proposal>
{
    public void Configure(EntityTypeBuilder<Proposal> b)
    {
        b.ToTable("Proposals", t =>
        {
            t.HasCheckConstraint("CK_Proposals_Status", CheckSql.OneOf<ProposalStatus>("Status"));
            t.HasCheckConstraint("CK_Proposals_Submitted", "\"Status\" = 'Draft' OR \"Status\" = 'Withdrawn' OR (\"SubmittedAt\" IS NOT NULL AND \"SnapshotJson\" IS NOT NULL AND \"ReceiptNumber\" IS NOT NULL)");
            t.HasCheckConstraint("CK_Proposals_Months", $"\"Months\" IS NULL OR \"Months\" BETWEEN 1 AND {CallLimits.MaxMonths}");
            t.HasCheckConstraint("CK_Proposals_Answers", "\"MonthsSaved\" >= 0 AND \"CostReductionPercent\" BETWEEN 0 AND 100");
            t.HasCheckConstraint("CK_Proposals_Screening", CheckSql.OneOf<ScreeningOutcome>("Screening"));
        });
        b.HasKey(x => x.Id);
        b.Property(x => x.Status).HasMaxLength(16);
        b.Property(x => x.TitleKo).HasMaxLength(ProposalLimits.TitleLength);
        b.Property(x => x.TitleEn).HasMaxLength(ProposalLimits.TitleLength);
        b.Property(x => x.SummaryKo).HasMaxLength(ProposalLimits.SummaryLength);
        b.Property(x => x.SummaryEn).HasMaxLength(ProposalLimits.SummaryLength);
        b.Property(x => x.FieldCode).HasMaxLength(TaxonomyCodes.CodeLength);
        b.Property(x => x.TechnologyEvidence).HasMaxLength(ProposalLimits.EvidenceLength);
        b.Property(x => x.TimeAndCostEvidence).HasMaxLength(ProposalLimits.EvidenceLength);
        b.Property(x => x.CertificationEvidence).HasMaxLength(ProposalLimits.EvidenceLength);
        b.Property(x => x.ReceiptNumber).HasMaxLength(20);
        b.Property(x => x.SnapshotSha256).HasMaxLength(64);
        b.Property(x => x.Screening).HasMaxLength(16);
        b.Property(x => x.ScreeningNote).HasMaxLength(ProposalLimits.NoteLength);
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.ScreenedById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ProgramCall>().WithMany().HasForeignKey(x => x.CallId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Marketplace.Talent.HiTechMatch>().WithMany().HasForeignKey(x => x.HiTechMatchId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.HiTechMatchId);
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.ApplicantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Field>().WithMany().HasForeignKey(x => x.FieldCode).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Partners).WithOne().HasForeignKey(x => x.ProposalId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Researchers).WithOne().HasForeignKey(x => x.ProposalId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.BudgetLines).WithOne().HasForeignKey(x => x.ProposalId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Dispatches).WithOne().HasForeignKey(x => x.ProposalId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.CallId, x.Status });
        b.HasIndex(x => x.ApplicantId);
        b.HasIndex(x => x.FieldCode);
        b.HasIndex(x => x.ReceiptNumber).IsUnique();
    }
}

internal sealed class ProposalPartnerConfiguration : IEntityTypeConfiguration<ProposalPartner>
{
    public void Configure(EntityTypeBuilder<ProposalPartner> b)
    {
        b.ToTable("ProposalPartners", t =>
        {
            t.HasCheckConstraint("CK_ProposalPartners_Role", CheckSql.OneOf<PartnerRole>("Role"));
            t.HasCheckConstraint("CK_ProposalPartners_Response", CheckSql.OneOf<PartnerResponse>("Response"));
        });
        b.HasKey(x => x.Id);
        b.Property(x => x.Role).HasMaxLength(24);
        b.Property(x => x.Response).HasMaxLength(16);
        b.Property(x => x.Name).HasMaxLength(ProposalLimits.NameLength);
        b.Property(x => x.CountryCode).HasMaxLength(2);
        b.Property(x => x.ContactName).HasMaxLength(ProposalLimits.NameLength);
        b.Property(x => x.ContactEmail).HasMaxLength(ProposalLimits.EmailLength);
        b.Property(x => x.InvitationTokenHash).HasMaxLength(64);
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.ProposalId);
        b.HasIndex(x => x.OrganizationId);
        b.HasIndex(x => x.InvitationTokenHash).IsUnique();
    }
}

internal sealed class ProposalResearcherConfiguration : IEntityTypeConfiguration<ProposalResearcher>
{
    public void Configure(EntityTypeBuilder<ProposalResearcher> b)
    {
        b.ToTable("ProposalResearchers", t =>
        {
            t.HasCheckConstraint("CK_ProposalResearchers_Role", CheckSql.OneOf<ResearcherRole>("Role"));
            t.HasCheckConstraint("CK_ProposalResearchers_Effort", "\"EffortPercent\" BETWEEN 1 AND 100");
        });
        b.HasKey(x => new { x.ProposalId, x.Position });
        b.Property(x => x.Role).HasMaxLength(24);
        b.Property(x => x.Name).HasMaxLength(ProposalLimits.NameLength);
        b.Property(x => x.Email).HasMaxLength(ProposalLimits.EmailLength);
        b.HasOne<ProposalPartner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.PartnerId);
    }
}

internal sealed class ProposalBudgetLineConfiguration : IEntityTypeConfiguration<ProposalBudgetLine>
{
    public void Configure(EntityTypeBuilder<ProposalBudgetLine> b)
    {
        b.ToTable("ProposalBudgetLines", t =>
        {
            t.HasCheckConstraint("CK_ProposalBudgetLines_Year", $"\"Year\" BETWEEN 1 AND {ProposalLimits.MaxYears}");
            t.HasCheckConstraint("CK_ProposalBudgetLines_Amounts", "\"GovernmentKrw\" >= 0 AND \"PrivateKrw\" >= 0");
        });
        b.HasKey(x => new { x.PartnerId, x.Year });
        b.HasOne<ProposalPartner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.ProposalId);
    }
}

internal sealed class ProposalDispatchConfiguration : IEntityTypeConfiguration<ProposalDispatch>
{
    public void Configure(EntityTypeBuilder<ProposalDispatch> b)
    {
        b.ToTable("ProposalDispatches", t =>
            t.HasCheckConstraint("CK_ProposalDispatches_Months", "\"FromMonth\" >= 1 AND \"Months\" >= 1"));
        b.HasKey(x => new { x.ProposalId, x.Position });
        b.Property(x => x.Institution).HasMaxLength(ProposalLimits.NameLength);
        b.Property(x => x.CountryCode).HasMaxLength(2);
    }
}
