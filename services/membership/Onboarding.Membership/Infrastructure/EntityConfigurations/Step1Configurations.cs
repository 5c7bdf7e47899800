using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Onboarding.Membership.Domain;

namespace Onboarding.Membership.Infrastructure.EntityConfigurations;

public sealed class LookupAttemptBudgetConfiguration : IEntityTypeConfiguration<LookupAttemptBudget>
{
    public void Configure(EntityTypeBuilder<LookupAttemptBudget> budget)
    {
        budget.ToTable("lookup_attempt_budgets");
        budget.HasKey(b => b.MemberNumber);
        budget.Property(b => b.MemberNumber).HasColumnName("member_number").HasMaxLength(12).IsFixedLength();
        budget.Property(b => b.FailedAttempts).HasColumnName("failed_attempts");
        budget.Property(b => b.Lockouts).HasColumnName("lockouts");
        budget.Property(b => b.LockedUntil).HasColumnName("locked_until");
        budget.Property(b => b.UpdatedAt).HasColumnName("updated_at");
        budget.Ignore(b => b.AttemptsRemaining);
    }
}

public sealed class LookupClientBudgetConfiguration : IEntityTypeConfiguration<LookupClientBudget>
{
    public void Configure(EntityTypeBuilder<LookupClientBudget> budget)
    {
        budget.ToTable("lookup_client_budgets");
        budget.HasKey(b => b.ClientKey);
        // An IPv6 /64 prefix is at most 43 characters ("xxxx:xxxx:xxxx:xxxx::/64" and the like).
        budget.Property(b => b.ClientKey).HasColumnName("client_key").HasMaxLength(64);
        budget.Property(b => b.FailedAttempts).HasColumnName("failed_attempts");
        budget.Property(b => b.WindowStartedAt).HasColumnName("window_started_at");
        budget.Property(b => b.UpdatedAt).HasColumnName("updated_at");
    }
}

public sealed class LookupConfiguration : IEntityTypeConfiguration<Lookup>
{
    public void Configure(EntityTypeBuilder<Lookup> lookup)
    {
        lookup.ToTable("lookups");
        lookup.HasKey(l => l.Id);
        lookup.Property(l => l.Id).HasColumnName("id");
        lookup.Property(l => l.MemberId).HasColumnName("member_id");
        lookup.HasOne<Member>().WithMany().HasForeignKey(l => l.MemberId).OnDelete(DeleteBehavior.Cascade);
        lookup.Property(l => l.CreatedAt).HasColumnName("created_at");
        lookup.Property(l => l.ExpiresAt).HasColumnName("expires_at");
    }
}

public sealed class PasscodeChallengeConfiguration : IEntityTypeConfiguration<PasscodeChallenge>
{
    public void Configure(EntityTypeBuilder<PasscodeChallenge> challenge)
    {
        challenge.ToTable("passcode_challenges");
        challenge.HasKey(c => c.Id);
        challenge.Property(c => c.Id).HasColumnName("id");
        challenge.Property(c => c.MemberId).HasColumnName("member_id");
        challenge.HasOne<Member>().WithMany().HasForeignKey(c => c.MemberId).OnDelete(DeleteBehavior.Cascade);
        challenge.Property(c => c.LookupId).HasColumnName("lookup_id");
        challenge.Property(c => c.Email).HasColumnName("email").HasMaxLength(254);
        challenge.Property(c => c.Target).HasColumnName("target").HasConversion<string>().HasMaxLength(16);
        challenge.Property(c => c.CodeHash).HasColumnName("code_hash");
        challenge.Property(c => c.CreatedAt).HasColumnName("created_at");
        challenge.Property(c => c.ExpiresAt).HasColumnName("expires_at");
        challenge.Property(c => c.ResendAvailableAt).HasColumnName("resend_available_at");
        challenge.Property(c => c.FailedAttempts).HasColumnName("failed_attempts");
        challenge.Property(c => c.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(16);
        challenge.Property(c => c.ConfirmedAt).HasColumnName("confirmed_at");
        challenge.HasIndex(c => new { c.MemberId, c.CreatedAt });
        challenge.Ignore(c => c.AttemptsRemaining);
    }
}
