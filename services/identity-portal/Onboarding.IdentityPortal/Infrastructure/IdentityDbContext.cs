using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Onboarding.IdentityPortal.Domain;
using Onboarding.Messaging;

namespace Onboarding.IdentityPortal.Infrastructure;

/// <summary>
/// The identity-portal database: STEP 1 confirmed addresses, sign-up flows and their codes, and the ASP.NET Core
/// Identity accounts (tokens follow).
/// </summary>
public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options)
    : Microsoft.AspNetCore.Identity.EntityFrameworkCore.IdentityDbContext<PortalUser, IdentityRole<Guid>, Guid>(options)
{
    public DbSet<ConfirmedAddress> ConfirmedAddresses => Set<ConfirmedAddress>();
    public DbSet<SignupFlow> SignupFlows => Set<SignupFlow>();
    public DbSet<EmailCodeChallenge> EmailCodeChallenges => Set<EmailCodeChallenge>();
    public DbSet<PhoneCodeChallenge> PhoneCodeChallenges => Set<PhoneCodeChallenge>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IdentityDbContext).Assembly);
    }
}

public sealed class IdentityDbContextDesignFactory : DesignTimeDbContextFactory<IdentityDbContext>
{
    protected override IdentityDbContext Create(DbContextOptions<IdentityDbContext> options) => new(options);
}
