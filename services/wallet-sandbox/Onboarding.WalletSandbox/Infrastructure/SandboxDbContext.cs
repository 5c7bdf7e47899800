using Microsoft.EntityFrameworkCore;
using Onboarding.Messaging;
using Onboarding.ServiceDefaults.Database;
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

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseSnakeCaseNames();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.UseOpenIddict();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SandboxDbContext).Assembly);
    }
}

public sealed class SandboxDbContextDesignFactory : DesignTimeDbContextFactory<SandboxDbContext>
{
    protected override SandboxDbContext Create(DbContextOptions<SandboxDbContext> options) => new(options);
}
