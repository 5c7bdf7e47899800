using Microsoft.EntityFrameworkCore;
using Onboarding.Messaging;

namespace Onboarding.Notification.Infrastructure;

public sealed class NotificationDbContext(DbContextOptions<NotificationDbContext> options) : DbContext(options)
{
    public DbSet<Delivery> Deliveries => Set<Delivery>();

    public DbSet<PhoneMessage> PhoneMessages => Set<PhoneMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.Entity<Delivery>(delivery =>
        {
            delivery.ToTable("deliveries");
            delivery.HasKey(d => d.Id);
            delivery.Property(d => d.Id).HasColumnName("id");
            delivery.Property(d => d.CommandId).HasColumnName("command_id");
            delivery.HasIndex(d => d.CommandId).IsUnique();
            delivery.Property(d => d.Channel).HasColumnName("channel").HasConversion<string>().HasMaxLength(16);
            delivery.Property(d => d.Template).HasColumnName("template").HasMaxLength(64);
            delivery.Property(d => d.RecipientMasked).HasColumnName("recipient_masked").HasMaxLength(320);
            delivery.Property(d => d.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(16);
            delivery.Property(d => d.Attempts).HasColumnName("attempts");
            delivery.Property(d => d.FailureReason).HasColumnName("failure_reason").HasMaxLength(1024);
            delivery.Property(d => d.QueuedAt).HasColumnName("queued_at");
            delivery.Property(d => d.LastAttemptAt).HasColumnName("last_attempt_at");
            delivery.Property(d => d.SentAt).HasColumnName("sent_at");
        });
        modelBuilder.Entity<PhoneMessage>(message =>
        {
            message.ToTable("phone_messages");
            message.HasKey(m => m.Id);
            message.Property(m => m.Id).HasColumnName("id");
            message.Property(m => m.Channel).HasColumnName("channel").HasConversion<string>().HasMaxLength(16);
            message.Property(m => m.To).HasColumnName("to").HasMaxLength(16);
            message.Property(m => m.Text).HasColumnName("text");
            message.Property(m => m.CreatedAt).HasColumnName("created_at");
            message.HasIndex(m => new { m.To, m.CreatedAt }).HasDatabaseName("ix_phone_messages_to_created_at");
        });
    }
}

public sealed class NotificationDbContextDesignFactory : DesignTimeDbContextFactory<NotificationDbContext>
{
    protected override NotificationDbContext Create(DbContextOptions<NotificationDbContext> options) => new(options);
}
