using Microsoft.EntityFrameworkCore;
using Onboarding.Membership.Domain;
using Onboarding.Messaging;
using Onboarding.ServiceDefaults.Database;

namespace Onboarding.Membership.Infrastructure;

/// <summary>The membership database: the member roster, STEP 1 lookups and passcodes, and onboarding progress.</summary>
public sealed class MembershipDbContext(DbContextOptions<MembershipDbContext> options) : DbContext(options)
{
    public DbSet<Member> Members => Set<Member>();
    public DbSet<LookupAttemptBudget> LookupAttemptBudgets => Set<LookupAttemptBudget>();
    public DbSet<LookupClientBudget> LookupClientBudgets => Set<LookupClientBudget>();
    public DbSet<LookupLockoutRecord> LookupLockouts => Set<LookupLockoutRecord>();
    public DbSet<Lookup> Lookups => Set<Lookup>();
    public DbSet<PasscodeChallenge> PasscodeChallenges => Set<PasscodeChallenge>();
    public DbSet<OnboardingProgress> OnboardingProgress => Set<OnboardingProgress>();
    public DbSet<FunnelSnapshot> FunnelSnapshots => Set<FunnelSnapshot>();
    public DbSet<ReminderWave> ReminderWaves => Set<ReminderWave>();
    public DbSet<ReminderDelivery> ReminderDeliveries => Set<ReminderDelivery>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseSnakeCaseNames();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MembershipDbContext).Assembly);
    }
}

public sealed class MembershipDbContextDesignFactory : DesignTimeDbContextFactory<MembershipDbContext>
{
    protected override MembershipDbContext Create(DbContextOptions<MembershipDbContext> options) => new(options);
}
