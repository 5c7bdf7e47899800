using Microsoft.EntityFrameworkCore;
using Onboarding.Messaging;

namespace Onboarding.WalletLink.Infrastructure;

/// <summary>The wallet-link database: wallet links, encrypted provider tokens and the data-protection key ring (added with STEP 3).</summary>
public sealed class WalletDbContext(DbContextOptions<WalletDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddOutboxAndInbox();
}

public sealed class WalletDbContextDesignFactory : DesignTimeDbContextFactory<WalletDbContext>
{
    protected override WalletDbContext Create(DbContextOptions<WalletDbContext> options) => new(options);
}
