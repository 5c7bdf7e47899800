using Microsoft.EntityFrameworkCore;
using Onboarding.Messaging;
using Onboarding.WalletSandbox.Domain;

namespace Onboarding.WalletSandbox.Infrastructure;

/// <summary>The sandbox provider's database: its users, wallets, login codes, token keys and OpenIddict's OAuth data.</summary>
public sealed class SandboxDbContext(DbContextOptions<SandboxDbContext> options) : DbContext(options)
{
    // The sandbox stands in for an external provider: it has no part in our messaging (no outbox, no inbox).

    public DbSet<WalletUser> Users => Set<WalletUser>();
    public DbSet<WalletAccount> Accounts => Set<WalletAccount>();
    public DbSet<WalletTransaction> Transactions => Set<WalletTransaction>();
    public DbSet<LoginChallenge> LoginChallenges => Set<LoginChallenge>();
    public DbSet<TokenKey> TokenKeys => Set<TokenKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.UseOpenIddict();

        modelBuilder.Entity<WalletUser>(user =>
        {
            user.ToTable("wallet_users");
            user.Property(u => u.Contact).HasMaxLength(254);
            user.HasIndex(u => u.Contact).IsUnique();
            user.Property(u => u.Name).HasMaxLength(100);
        });
        modelBuilder.Entity<WalletAccount>(account =>
        {
            account.ToTable("wallet_accounts");
            account.HasIndex(a => a.UserId);
            account.Property(a => a.Name).HasMaxLength(100);
            account.Ignore(a => a.Balance);
        });
        modelBuilder.Entity<WalletTransaction>(transaction =>
        {
            transaction.ToTable("wallet_transactions");
            transaction.HasIndex(t => new { t.AccountId, t.DoneAt });
            transaction.Property(t => t.Type).HasMaxLength(16);
            transaction.Property(t => t.Description).HasMaxLength(200);
            transaction.Ignore(t => t.Amount);
        });
        modelBuilder.Entity<LoginChallenge>(challenge =>
        {
            challenge.ToTable("login_challenges");
            challenge.Property(c => c.Contact).HasMaxLength(254);
            challenge.Ignore(c => c.RemainingAttempts);
        });
        modelBuilder.Entity<TokenKey>(key =>
        {
            key.ToTable("token_keys");
            key.HasIndex(k => k.Purpose).IsUnique();
            key.Property(k => k.Purpose).HasMaxLength(32);
        });
    }
}

public sealed class SandboxDbContextDesignFactory : DesignTimeDbContextFactory<SandboxDbContext>
{
    protected override SandboxDbContext Create(DbContextOptions<SandboxDbContext> options) => new(options);
}
