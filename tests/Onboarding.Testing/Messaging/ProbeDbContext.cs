using Microsoft.EntityFrameworkCore;
using Onboarding.Messaging;
using Onboarding.ServiceDefaults.Database;

namespace Onboarding.Testing.Messaging;

/// <summary>A service database in miniature: the outbox and inbox plus one table of consumer effects.</summary>
public sealed class ProbeDbContext(DbContextOptions<ProbeDbContext> options) : DbContext(options)
{
    public DbSet<ProbeEffect> Effects => Set<ProbeEffect>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseSnakeCaseNames();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.Entity<ProbeEffect>(effect =>
        {
            effect.ToTable("probe_effects");
            effect.HasKey(e => e.Id);
        });
    }
}

/// <summary>One row per consumed message; deliberately without a unique key, so only the inbox prevents doubles.</summary>
public sealed class ProbeEffect
{
    public long Id { get; init; }
    public Guid MessageId { get; init; }
    public required string Description { get; init; }
}
