using Microsoft.EntityFrameworkCore;
using Onboarding.Messaging;

namespace Onboarding.Membership.Infrastructure;

/// <summary>The membership database: the member roster, STEP 1 challenges and onboarding progress (added step by step).</summary>
public sealed class MembershipDbContext(DbContextOptions<MembershipDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddOutboxAndInbox();
}

public sealed class MembershipDbContextDesignFactory : DesignTimeDbContextFactory<MembershipDbContext>
{
    protected override MembershipDbContext Create(DbContextOptions<MembershipDbContext> options) => new(options);
}
