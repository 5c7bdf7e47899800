using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Onboarding.WalletLink.Domain;

namespace Onboarding.WalletLink.Infrastructure.EntityConfigurations;

public sealed class LinkAttemptConfiguration : IEntityTypeConfiguration<LinkAttempt>
{
    public void Configure(EntityTypeBuilder<LinkAttempt> attempt)
    {
        attempt.ToTable("link_attempts");
        attempt.HasKey(a => a.Id);
        attempt.Property(a => a.Id).ValueGeneratedNever();
        attempt.Property(a => a.ReturnPath).HasMaxLength(ReturnPath.MaxLength);
        attempt.HasIndex(a => a.StateHash).IsUnique();
        attempt.HasIndex(a => a.MemberId);
        // The retention pass deletes by expiry.
        attempt.HasIndex(a => a.ExpiresAt);
    }
}
