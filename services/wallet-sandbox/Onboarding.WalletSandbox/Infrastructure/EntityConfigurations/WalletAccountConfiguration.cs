using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Onboarding.WalletSandbox.Domain;

namespace Onboarding.WalletSandbox.Infrastructure.EntityConfigurations;

public sealed class WalletAccountConfiguration : IEntityTypeConfiguration<WalletAccount>
{
    public void Configure(EntityTypeBuilder<WalletAccount> account)
    {
        account.ToTable("wallet_accounts");
        account.HasIndex(a => a.UserId);
        account.Property(a => a.Name).HasMaxLength(100);
        account.Ignore(a => a.Balance);
    }
}
