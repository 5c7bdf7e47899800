using Microsoft.EntityFrameworkCore;
using Onboarding.Messaging;

namespace Onboarding.Notification.Infrastructure;

public sealed class NotificationDbContext(DbContextOptions<NotificationDbContext> options) : DbContext(options)
{
    public DbSet<EmailDelivery> EmailDeliveries => Set<EmailDelivery>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.Entity<EmailDelivery>(delivery =>
        {
            delivery.ToTable("email_deliveries");
            delivery.HasKey(d => d.Id);
            delivery.Property(d => d.Id).HasColumnName("id");
            delivery.Property(d => d.CommandId).HasColumnName("command_id");
            delivery.HasIndex(d => d.CommandId).IsUnique();
            delivery.Property(d => d.Template).HasColumnName("template").HasMaxLength(64);
            delivery.Property(d => d.RecipientMasked).HasColumnName("recipient_masked").HasMaxLength(320);
            delivery.Property(d => d.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(16);
            delivery.Property(d => d.FailureReason).HasColumnName("failure_reason").HasMaxLength(1024);
            delivery.Property(d => d.QueuedAt).HasColumnName("queued_at");
            delivery.Property(d => d.SentAt).HasColumnName("sent_at");
        });
    }
}

public sealed class NotificationDbContextDesignFactory : DesignTimeDbContextFactory<NotificationDbContext>
{
    protected override NotificationDbContext Create(DbContextOptions<NotificationDbContext> options) => new(options);
}
