using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Onboarding.WalletSandbox.Infrastructure.EntityConfigurations;

public sealed class TokenKeyConfiguration : IEntityTypeConfiguration<TokenKey>
{
    public void Configure(EntityTypeBuilder<TokenKey> key)
    {
        key.ToTable("token_keys");
        key.HasIndex(k => k.Purpose).IsUnique();
        key.Property(k => k.Purpose).HasMaxLength(32);
    }
}
