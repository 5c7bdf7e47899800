using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Onboarding.IdentityPortal.Domain;

namespace Onboarding.IdentityPortal.Infrastructure.EntityConfigurations;

public sealed class SignInLockoutConfiguration : IEntityTypeConfiguration<SignInLockout>
{
    public void Configure(EntityTypeBuilder<SignInLockout> lockout)
    {
        lockout.ToTable("sign_in_lockouts");
        lockout.HasKey(l => l.EmailKey);
    }
}
