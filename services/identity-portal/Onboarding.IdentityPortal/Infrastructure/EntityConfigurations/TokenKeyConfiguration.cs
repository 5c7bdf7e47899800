using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Onboarding.IdentityPortal.Tokens;

namespace Onboarding.IdentityPortal.Infrastructure.EntityConfigurations;

public sealed class TokenKeyConfiguration : IEntityTypeConfiguration<TokenKey>
{
    public void Configure(EntityTypeBuilder<TokenKey> key)
    {
        key.ToTable("token_keys");
        key.HasKey(k => k.Id);
        key.Property(k => k.Id).ValueGeneratedNever();
        key.Property(k => k.Use).HasConversion<string>().HasMaxLength(16);
        key.HasIndex(k => new { k.Use, k.CreatedAt });
    }
}
