using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechBridge.Core.Directory;

namespace TechBridge.Core.Accounts;

internal sealed class UserAccountConfiguration : IEntityTypeConfiguration<UserAccount>
{
    public void Configure(EntityTypeBuilder<UserAccount> b)
    {
        b.ToTable("Users");
        b.HasKey(x => x.Id);
        b.Property(x => x.UserName).HasMaxLength(256);
        b.Property(x => x.NormalizedUserName).HasMaxLength(256);
        b.HasIndex(x => x.NormalizedUserName).IsUnique();
        b.Property(x => x.Email).HasMaxLength(256).IsRequired();
        b.Property(x => x.NormalizedEmail).HasMaxLength(256).IsRequired();
        b.HasIndex(x => x.NormalizedEmail).IsUnique();
        b.Property(x => x.PasswordHash).HasMaxLength(500).IsRequired(); // every account signs in with a password
        b.Property(x => x.SecurityStamp).HasMaxLength(100);
        b.Property(x => x.ConcurrencyStamp).HasMaxLength(100).IsConcurrencyToken();
        b.Property(x => x.PhoneNumber).HasMaxLength(40);
        b.Property(x => x.DisplayName).HasMaxLength(200);
        b.Property(x => x.Culture).HasMaxLength(8);
        // Columns added to a table that already held accounts; their database default is the CLR default.
        foreach (var flag in new[] { nameof(UserAccount.EmailConfirmed), nameof(UserAccount.PhoneNumberConfirmed), nameof(UserAccount.TwoFactorEnabled), nameof(UserAccount.LockoutEnabled), nameof(UserAccount.ManagesOrganization) })
        {
            b.Property<bool>(flag).HasDefaultValue(false);
        }

        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(x => x.Roles).WithOne().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class UserRoleConfiguration : IEntityTypeConfiguration<UserRole>
{
    public void Configure(EntityTypeBuilder<UserRole> b)
    {
        b.ToTable("UserRoles");
        b.HasKey(x => new { x.UserId, x.Role });
        b.Property(x => x.Role).HasMaxLength(40);
    }
}

/// <summary>Identity's claim, external-login and token tables, named like ours and removed with their user.</summary>
internal sealed class IdentityTablesConfiguration :
    IEntityTypeConfiguration<IdentityUserClaim<Guid>>, IEntityTypeConfiguration<IdentityUserLogin<Guid>>, IEntityTypeConfiguration<UserToken>
{
    public void Configure(EntityTypeBuilder<IdentityUserClaim<Guid>> b)
    {
        b.ToTable("UserClaims");
        b.HasKey(x => x.Id);
        b.Property(x => x.ClaimType).HasMaxLength(256);
        b.Property(x => x.ClaimValue).HasMaxLength(1000);
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<IdentityUserLogin<Guid>> b)
    {
        b.ToTable("UserLogins");
        b.HasKey(x => new { x.LoginProvider, x.ProviderKey });
        b.Property(x => x.LoginProvider).HasMaxLength(128);
        b.Property(x => x.ProviderKey).HasMaxLength(128);
        b.Property(x => x.ProviderDisplayName).HasMaxLength(200);
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<UserToken> b)
    {
        b.ToTable("UserTokens");
        b.HasKey(x => new { x.UserId, x.LoginProvider, x.Name });
        b.Property(x => x.LoginProvider).HasMaxLength(128);
        b.Property(x => x.Name).HasMaxLength(128);
        b.Property(x => x.Value).HasMaxLength(2000);
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
