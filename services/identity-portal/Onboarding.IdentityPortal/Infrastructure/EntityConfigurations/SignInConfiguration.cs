using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Onboarding.Contracts;
using Onboarding.IdentityPortal.Domain;

namespace Onboarding.IdentityPortal.Infrastructure.EntityConfigurations;

public sealed class SignInConfiguration : IEntityTypeConfiguration<SignIn>
{
    public void Configure(EntityTypeBuilder<SignIn> signIn)
    {
        signIn.ToTable("sign_ins");
        signIn.HasKey(s => s.Id);
        signIn.Property(s => s.Id).ValueGeneratedNever();
        signIn.Property(s => s.Email).HasMaxLength(EmailAddress.MaxLength);
        // The retention pass deletes by expiry.
        signIn.HasIndex(s => s.ExpiresAt);
        // The help desk reads an account's sign-ins (docs/architecture.md §9.9).
        signIn.HasIndex(s => s.AccountId);
    }
}
