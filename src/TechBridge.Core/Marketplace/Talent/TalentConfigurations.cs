using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Directory;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Core.Marketplace.Talent;

internal sealed class TalentProfileConfiguration : IEntityTypeConfiguration<TalentProfile>
{
    public void Configure(EntityTypeBuilder<TalentProfile> b)
    {
        b.ToTable("TalentProfiles", t =>
        {
            t.HasCheckConstraint("CK_TalentProfiles_Stage", CheckSql.OneOf<CareerStage>("Stage"));
            t.HasCheckConstraint("CK_TalentProfiles_Availability", CheckSql.OneOf<TalentAvailability>("Availability"));
        });
        b.HasKey(x => x.PersonId);
        b.Property(x => x.Stage).HasMaxLength(32);
        b.Property(x => x.Availability).HasMaxLength(16);
        b.Property(x => x.Employer).HasMaxLength(TalentRules.EmployerLength);
        b.Property(x => x.IsKtagMember).HasDefaultValue(false);
        b.Property(x => x.WillingToConsult).HasDefaultValue(false);
        b.HasOne<Person>().WithOne().HasForeignKey<TalentProfile>(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.Stage);
    }
}

internal sealed class HiTechMatchConfiguration : IEntityTypeConfiguration<HiTechMatch>
{
    public void Configure(EntityTypeBuilder<HiTechMatch> b)
    {
        b.ToTable("HiTechMatches", t => t.HasCheckConstraint("CK_HiTechMatches_Status", CheckSql.OneOf<HiTechMatchStatus>("Status")));
        b.HasKey(x => x.Id);
        b.Property(x => x.Message).HasMaxLength(TalentRules.MessageLength);
        b.Property(x => x.DeclineReason).HasMaxLength(TalentRules.ReasonLength);
        b.Property(x => x.Status).HasMaxLength(16);
        b.HasOne<TechnologyNeed>().WithMany().HasForeignKey(x => x.NeedId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.CompanyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.ResearcherPersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.ProposedById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.AnsweredById).OnDelete(DeleteBehavior.Restrict);

        // One live proposal (proposed or accepted) per need and researcher; a declined or withdrawn one may be renewed.
        b.HasIndex(x => new { x.NeedId, x.ResearcherPersonId }).IsUnique().HasFilter("\"Status\" IN ('Proposed', 'Accepted')");
        b.HasIndex(x => x.ResearcherPersonId);
        b.HasIndex(x => x.CompanyId);
        b.HasIndex(x => x.ProposedById);
        b.HasIndex(x => x.AnsweredById);
    }
}

internal sealed class AdvisoryRequestConfiguration : IEntityTypeConfiguration<AdvisoryRequest>
{
    public void Configure(EntityTypeBuilder<AdvisoryRequest> b)
    {
        b.ToTable("AdvisoryRequests", t =>
        {
            t.HasCheckConstraint("CK_AdvisoryRequests_Status", CheckSql.OneOf<AdvisoryStatus>("Status"));
            t.HasCheckConstraint("CK_AdvisoryRequests_Outcome", "\"Outcome\" IS NULL OR " + CheckSql.OneOf<AdvisoryOutcome>("Outcome"));
        });
        b.HasKey(x => x.Id);
        b.Property(x => x.Topic).HasMaxLength(TalentRules.TopicLength);
        b.Property(x => x.Question).HasMaxLength(TalentRules.QuestionLength);
        b.Property(x => x.CountryCode).HasMaxLength(2);
        b.Property(x => x.FieldCode).HasMaxLength(TaxonomyCodes.CodeLength);
        b.Property(x => x.Status).HasMaxLength(16);
        b.Property(x => x.Outcome).HasMaxLength(24);
        b.Property(x => x.AssignmentNote).HasMaxLength(TalentRules.NoteLength);
        b.Property(x => x.OutcomeNote).HasMaxLength(TalentRules.NoteLength);
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.CompanyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.RequestedById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.MemberPersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.AssignedById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.LoggedById).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.Status, x.RequestedAt });
        b.HasIndex(x => x.CompanyId);
        b.HasIndex(x => x.RequestedById);
        b.HasIndex(x => x.MemberPersonId);
        b.HasIndex(x => x.AssignedById);
        b.HasIndex(x => x.LoggedById);
    }
}
