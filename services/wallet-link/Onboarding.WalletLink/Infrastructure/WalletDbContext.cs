using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Onboarding.Messaging;
using Onboarding.ServiceDefaults.Database;
using Onboarding.WalletLink.Domain;

namespace Onboarding.WalletLink.Infrastructure;

/// <summary>
/// The wallet-link database: hand-overs in progress, linked wallets with encrypted tokens, the history of both for the
/// help desk, and the Data Protection key ring.
/// </summary>
public sealed class WalletDbContext(DbContextOptions<WalletDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<LinkAttempt> LinkAttempts => Set<LinkAttempt>();
    public DbSet<LinkedWallet> LinkedWallets => Set<LinkedWallet>();
    public DbSet<LinkHistoryEntry> LinkHistory => Set<LinkHistoryEntry>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseSnakeCaseNames();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WalletDbContext).Assembly);
    }
}

public sealed class WalletDbContextDesignFactory : DesignTimeDbContextFactory<WalletDbContext>
{
    protected override WalletDbContext Create(DbContextOptions<WalletDbContext> options) => new(options);
}
