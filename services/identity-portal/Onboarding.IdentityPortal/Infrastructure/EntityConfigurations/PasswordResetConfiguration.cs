using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Onboarding.Contracts;
using Onboarding.IdentityPortal.Domain;

namespace Onboarding.IdentityPortal.Infrastructure.EntityConfigurations;

public sealed class PasswordResetConfiguration : IEntityTypeConfiguration<PasswordReset>
{
    public void Configure(EntityTypeBuilder<PasswordReset> reset)
    {
        reset.ToTable("password_resets");
        reset.HasKey(r => r.Id);
        reset.Property(r => r.Id).ValueGeneratedNever();
        reset.Property(r => r.Email).HasMaxLength(EmailAddress.MaxLength);
        // The retention pass deletes by expiry.
        reset.HasIndex(r => r.ExpiresAt);
        // The help desk reads an account's resets (docs/architecture.md §9.9).
        reset.HasIndex(r => r.AccountId);
    }
}
