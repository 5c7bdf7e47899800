using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Onboarding.Contracts;
using Onboarding.IdentityPortal.Domain;
using Onboarding.IdentityPortal.Tokens;

namespace Onboarding.IdentityPortal.Infrastructure.EntityConfigurations;

public sealed class SignInConfiguration : IEntityTypeConfiguration<SignIn>
{
    public void Configure(EntityTypeBuilder<SignIn> signIn)
    {
        signIn.ToTable("sign_ins");
        signIn.HasKey(s => s.Id);
        signIn.Property(s => s.Id).HasColumnName("id").ValueGeneratedNever();
        signIn.Property(s => s.Email).HasColumnName("email").HasMaxLength(EmailAddress.MaxLength);
        signIn.Property(s => s.AccountId).HasColumnName("account_id");
        signIn.Property(s => s.CreatedAt).HasColumnName("created_at");
        signIn.Property(s => s.ExpiresAt).HasColumnName("expires_at");
        signIn.Property(s => s.CompletedAt).HasColumnName("completed_at");
    }
}

public sealed class SignInCodeChallengeConfiguration : IEntityTypeConfiguration<SignInCodeChallenge>
{
    public void Configure(EntityTypeBuilder<SignInCodeChallenge> code)
    {
        SentCodeColumns.Configure(code, "sign_in_code_challenges", "sign_in_id");
        code.HasOne<SignIn>().WithMany().HasForeignKey(c => c.FlowId).OnDelete(DeleteBehavior.Cascade);
        code.Property(c => c.Email).HasColumnName("email").HasMaxLength(EmailAddress.MaxLength);
        code.HasIndex(c => new { c.Email, c.CreatedAt });
    }
}

public sealed class SignInLockoutConfiguration : IEntityTypeConfiguration<SignInLockout>
{
    public void Configure(EntityTypeBuilder<SignInLockout> lockout)
    {
        lockout.ToTable("sign_in_lockouts");
        lockout.HasKey(l => l.EmailKey);
        lockout.Property(l => l.EmailKey).HasColumnName("email_key");
        lockout.Property(l => l.FailedAttempts).HasColumnName("failed_attempts");
        lockout.Property(l => l.LockedUntil).HasColumnName("locked_until");
    }
}

public sealed class TokenKeyConfiguration : IEntityTypeConfiguration<TokenKey>
{
    public void Configure(EntityTypeBuilder<TokenKey> key)
    {
        key.ToTable("token_keys");
        key.HasKey(k => k.Id);
        key.Property(k => k.Id).HasColumnName("id").ValueGeneratedNever();
        key.Property(k => k.Use).HasColumnName("use").HasConversion<string>().HasMaxLength(16);
        key.Property(k => k.PrivateKey).HasColumnName("private_key");
        key.Property(k => k.CreatedAt).HasColumnName("created_at");
        key.HasIndex(k => new { k.Use, k.CreatedAt });
    }
}
