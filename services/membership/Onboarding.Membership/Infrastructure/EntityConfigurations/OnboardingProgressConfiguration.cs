using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Onboarding.Membership.Domain;

namespace Onboarding.Membership.Infrastructure.EntityConfigurations;

public sealed class OnboardingProgressConfiguration : IEntityTypeConfiguration<OnboardingProgress>
{
    public const string Table = "onboarding_progress";

    public void Configure(EntityTypeBuilder<OnboardingProgress> progress)
    {
        progress.ToTable(Table);
        progress.HasKey(p => p.MemberId);
        progress.Property(p => p.MemberId).ValueGeneratedNever();
        progress.HasOne<Member>().WithOne().HasForeignKey<OnboardingProgress>(p => p.MemberId).OnDelete(DeleteBehavior.Cascade);
        progress.Property(p => p.WalletProvider).HasMaxLength(100);
        progress.Ignore(p => p.IsWalletLinked);
        progress.Ignore(p => p.AllStepsRecorded);
    }
}
