using Microsoft.EntityFrameworkCore;
using Onboarding.IdentityPortal.Domain;
using Onboarding.Messaging;

namespace Onboarding.IdentityPortal.Infrastructure;

/// <summary>The identity-portal database: STEP 1 confirmed addresses, sign-up flows and their codes (accounts and tokens follow).</summary>
public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : DbContext(options)
{
    public DbSet<ConfirmedAddress> ConfirmedAddresses => Set<ConfirmedAddress>();
    public DbSet<SignupFlow> SignupFlows => Set<SignupFlow>();
    public DbSet<EmailCodeChallenge> EmailCodeChallenges => Set<EmailCodeChallenge>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IdentityDbContext).Assembly);
    }
}

public sealed class IdentityDbContextDesignFactory : DesignTimeDbContextFactory<IdentityDbContext>
{
    protected override IdentityDbContext Create(DbContextOptions<IdentityDbContext> options) => new(options);
}
