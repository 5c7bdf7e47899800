using Microsoft.EntityFrameworkCore;
using Onboarding.Messaging;

namespace Onboarding.WalletSandbox.Infrastructure;

/// <summary>The sandbox provider's database: its users, wallets, transactions and OAuth data (added with STEP 3).</summary>
public sealed class SandboxDbContext(DbContextOptions<SandboxDbContext> options) : DbContext(options)
{
    // The sandbox stands in for an external provider: it has no part in our messaging (no outbox, no inbox).
}

public sealed class SandboxDbContextDesignFactory : DesignTimeDbContextFactory<SandboxDbContext>
{
    protected override SandboxDbContext Create(DbContextOptions<SandboxDbContext> options) => new(options);
}
