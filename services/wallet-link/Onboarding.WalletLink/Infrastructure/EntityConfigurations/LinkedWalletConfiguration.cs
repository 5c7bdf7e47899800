using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Onboarding.WalletLink.Domain;

namespace Onboarding.WalletLink.Infrastructure.EntityConfigurations;

public sealed class LinkedWalletConfiguration : IEntityTypeConfiguration<LinkedWallet>
{
    public void Configure(EntityTypeBuilder<LinkedWallet> wallet)
    {
        wallet.ToTable("linked_wallets");
        // One link per member: a second link attempt cannot make a duplicate.
        wallet.HasKey(w => w.MemberId);
        wallet.Property(w => w.MemberId).ValueGeneratedNever();
        wallet.Property(w => w.Provider).HasMaxLength(32);
        wallet.Property(w => w.WalletUserId).HasMaxLength(100);
        wallet.Property(w => w.WalletAccountId).HasMaxLength(100);
        // One provider wallet links to one member at a time: a row is the active link (unlinking deletes it).
        wallet.HasIndex(w => new { w.Provider, w.WalletAccountId }).IsUnique();
    }
}
