using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Onboarding.WalletSandbox.Domain;

namespace Onboarding.WalletSandbox.Infrastructure.EntityConfigurations;

public sealed class LoginChallengeConfiguration : IEntityTypeConfiguration<LoginChallenge>
{
    public void Configure(EntityTypeBuilder<LoginChallenge> challenge)
    {
        challenge.ToTable("login_challenges");
        challenge.Property(c => c.Contact).HasMaxLength(254);
        challenge.Ignore(c => c.RemainingAttempts);
    }
}
