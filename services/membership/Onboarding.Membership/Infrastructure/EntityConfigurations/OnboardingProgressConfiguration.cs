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
        progress.Property(p => p.MemberId).HasColumnName("member_id").ValueGeneratedNever();
        progress.HasOne<Member>().WithOne().HasForeignKey<OnboardingProgress>(p => p.MemberId).OnDelete(DeleteBehavior.Cascade);
        progress.Property(p => p.EmailConfirmedAt).HasColumnName("email_confirmed_at");
        progress.Property(p => p.PortalAccountCreatedAt).HasColumnName("portal_account_created_at");
        progress.Property(p => p.PortalAccountId).HasColumnName("portal_account_id");
        progress.Property(p => p.WalletLinkedAt).HasColumnName("wallet_linked_at");
        progress.Property(p => p.WalletUnlinkedAt).HasColumnName("wallet_unlinked_at");
        progress.Property(p => p.WalletProvider).HasColumnName("wallet_provider").HasMaxLength(100);
        progress.Property(p => p.CompletedAt).HasColumnName("completed_at");
        progress.Property(p => p.UpdatedAt).HasColumnName("updated_at");
        progress.Ignore(p => p.IsWalletLinked);
        progress.Ignore(p => p.AllStepsRecorded);
    }
}
