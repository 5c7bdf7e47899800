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
        attempt.Property(a => a.Id).HasColumnName("id").ValueGeneratedNever();
        attempt.Property(a => a.MemberId).HasColumnName("member_id");
        attempt.Property(a => a.StateHash).HasColumnName("state_hash");
        attempt.Property(a => a.ProtectedCodeVerifier).HasColumnName("protected_code_verifier");
        attempt.Property(a => a.ReturnPath).HasColumnName("return_path").HasMaxLength(ReturnPath.MaxLength);
        attempt.Property(a => a.CreatedAt).HasColumnName("created_at");
        attempt.Property(a => a.ExpiresAt).HasColumnName("expires_at");
        attempt.Property(a => a.UsedAt).HasColumnName("used_at");
        attempt.HasIndex(a => a.StateHash).IsUnique();
        attempt.HasIndex(a => a.MemberId);
    }
}

public sealed class LinkedWalletConfiguration : IEntityTypeConfiguration<LinkedWallet>
{
    public void Configure(EntityTypeBuilder<LinkedWallet> wallet)
    {
        wallet.ToTable("linked_wallets");
        // One link per member: a second link attempt cannot make a duplicate.
        wallet.HasKey(w => w.MemberId);
        wallet.Property(w => w.MemberId).HasColumnName("member_id").ValueGeneratedNever();
        wallet.Property(w => w.Provider).HasColumnName("provider").HasMaxLength(32);
        wallet.Property(w => w.WalletUserId).HasColumnName("wallet_user_id").HasMaxLength(100);
        wallet.Property(w => w.WalletAccountId).HasColumnName("wallet_account_id").HasMaxLength(100);
        wallet.Property(w => w.ProtectedAccessToken).HasColumnName("protected_access_token");
        wallet.Property(w => w.ProtectedRefreshToken).HasColumnName("protected_refresh_token");
        wallet.Property(w => w.AccessTokenExpiresAt).HasColumnName("access_token_expires_at");
        wallet.Property(w => w.LinkedAt).HasColumnName("linked_at");
        // One provider wallet links to one member at a time: a row is the active link (unlinking deletes it).
        wallet.HasIndex(w => new { w.Provider, w.WalletAccountId }).IsUnique();
    }
}
