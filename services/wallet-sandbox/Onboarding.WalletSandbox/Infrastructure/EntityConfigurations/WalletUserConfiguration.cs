using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Onboarding.WalletSandbox.Domain;

namespace Onboarding.WalletSandbox.Infrastructure.EntityConfigurations;

public sealed class WalletUserConfiguration : IEntityTypeConfiguration<WalletUser>
{
    public void Configure(EntityTypeBuilder<WalletUser> user)
    {
        user.ToTable("wallet_users");
        user.Property(u => u.Contact).HasMaxLength(254);
        user.HasIndex(u => u.Contact).IsUnique();
        user.Property(u => u.Name).HasMaxLength(100);
    }
}
