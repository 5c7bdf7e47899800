using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Onboarding.Membership.Domain;

namespace Onboarding.Membership.Infrastructure.EntityConfigurations;

public sealed class PasscodeChallengeConfiguration : IEntityTypeConfiguration<PasscodeChallenge>
{
    public void Configure(EntityTypeBuilder<PasscodeChallenge> challenge)
    {
        challenge.ToTable("passcode_challenges");
        challenge.HasKey(c => c.Id);
        challenge.HasOne<Member>().WithMany().HasForeignKey(c => c.MemberId).OnDelete(DeleteBehavior.Cascade);
        challenge.Property(c => c.Email).HasMaxLength(254);
        challenge.Property(c => c.Target).HasConversion<string>().HasMaxLength(16);
        challenge.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        challenge.HasIndex(c => new { c.MemberId, c.CreatedAt });
        // The retention pass deletes by age.
        challenge.HasIndex(c => c.CreatedAt);
        challenge.Ignore(c => c.AttemptsRemaining);
    }
}
