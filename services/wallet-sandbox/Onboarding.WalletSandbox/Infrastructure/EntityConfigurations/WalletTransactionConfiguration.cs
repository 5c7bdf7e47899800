using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Onboarding.WalletSandbox.Domain;

namespace Onboarding.WalletSandbox.Infrastructure.EntityConfigurations;

public sealed class WalletTransactionConfiguration : IEntityTypeConfiguration<WalletTransaction>
{
    public void Configure(EntityTypeBuilder<WalletTransaction> transaction)
    {
        transaction.ToTable("wallet_transactions");
        transaction.HasIndex(t => new { t.AccountId, t.DoneAt });
        transaction.Property(t => t.Type).HasMaxLength(16);
        transaction.Property(t => t.Description).HasMaxLength(200);
        transaction.Ignore(t => t.Amount);
    }
}
