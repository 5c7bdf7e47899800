using Microsoft.EntityFrameworkCore;
using Onboarding.Messaging;
using Onboarding.ServiceDefaults.Database;

namespace Onboarding.Notification.Infrastructure;

public sealed class NotificationDbContext(DbContextOptions<NotificationDbContext> options) : DbContext(options)
{
    public DbSet<Delivery> Deliveries => Set<Delivery>();

    public DbSet<PhoneMessage> PhoneMessages => Set<PhoneMessage>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseSnakeCaseNames();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NotificationDbContext).Assembly);
    }
}

public sealed class NotificationDbContextDesignFactory : DesignTimeDbContextFactory<NotificationDbContext>
{
    protected override NotificationDbContext Create(DbContextOptions<NotificationDbContext> options) => new(options);
}
