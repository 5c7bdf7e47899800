using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Onboarding.IdentityPortal.Domain;
using Onboarding.IdentityPortal.Tokens;
using Onboarding.Messaging;
using Onboarding.ServiceDefaults.Database;

namespace Onboarding.IdentityPortal.Infrastructure;

/// <summary>
/// The identity-portal database: STEP 1 confirmed addresses, sign-up flows and their codes, and the ASP.NET Core
/// Identity accounts, sign-ins, and what OpenIddict keeps about issued tokens and their keys.
/// </summary>
public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options)
    : Microsoft.AspNetCore.Identity.EntityFrameworkCore.IdentityDbContext<PortalUser, IdentityRole<Guid>, Guid>(options)
{
    public DbSet<ConfirmedAddress> ConfirmedAddresses => Set<ConfirmedAddress>();
    public DbSet<SignupFlow> SignupFlows => Set<SignupFlow>();
    public DbSet<EmailCodeChallenge> EmailCodeChallenges => Set<EmailCodeChallenge>();
    public DbSet<PhoneCodeChallenge> PhoneCodeChallenges => Set<PhoneCodeChallenge>();
    public DbSet<SignIn> SignIns => Set<SignIn>();
    public DbSet<SignInCodeChallenge> SignInCodeChallenges => Set<SignInCodeChallenge>();
    public DbSet<SignInLockout> SignInLockouts => Set<SignInLockout>();
    public DbSet<PasswordReset> PasswordResets => Set<PasswordReset>();
    public DbSet<PasswordResetCode> PasswordResetCodes => Set<PasswordResetCode>();
    public DbSet<EmailChange> EmailChanges => Set<EmailChange>();
    public DbSet<EmailChangeCode> EmailChangeCodes => Set<EmailChangeCode>();
    public DbSet<PhoneChangeCode> PhoneChangeCodes => Set<PhoneChangeCode>();
    public DbSet<TokenKey> TokenKeys => Set<TokenKey>();
    public DbSet<AccountDeletion> AccountDeletions => Set<AccountDeletion>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseSnakeCaseNames();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddOutboxAndInbox();
        // OpenIddict's stores: issued refresh tokens (reference tokens, single use) and their authorizations.
        modelBuilder.UseOpenIddict<Guid>();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IdentityDbContext).Assembly);
    }
}

public sealed class IdentityDbContextDesignFactory : DesignTimeDbContextFactory<IdentityDbContext>
{
    protected override IdentityDbContext Create(DbContextOptions<IdentityDbContext> options) => new(options);
}
