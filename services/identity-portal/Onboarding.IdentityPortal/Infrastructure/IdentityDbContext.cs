using Microsoft.EntityFrameworkCore;
using Onboarding.Messaging;

namespace Onboarding.IdentityPortal.Infrastructure;

/// <summary>The identity-portal database: portal accounts, sign-up flows and token data (added with STEP 2).</summary>
public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddOutboxAndInbox();
}

public sealed class IdentityDbContextDesignFactory : DesignTimeDbContextFactory<IdentityDbContext>
{
    protected override IdentityDbContext Create(DbContextOptions<IdentityDbContext> options) => new(options);
}
