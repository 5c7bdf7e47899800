using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Onboarding.Notification.Infrastructure.EntityConfigurations;

public sealed class DeliveryConfiguration : IEntityTypeConfiguration<Delivery>
{
    public void Configure(EntityTypeBuilder<Delivery> delivery)
    {
        delivery.ToTable("deliveries");
        delivery.HasKey(d => d.Id);
        delivery.HasIndex(d => d.CommandId).IsUnique();
        // The retention pass deletes by age.
        delivery.HasIndex(d => d.QueuedAt);
        // The help desk's search: a recipient's deliveries, newest first (docs/architecture.md §9.9).
        delivery.HasIndex(d => new { d.RecipientHash, d.QueuedAt });
        delivery.Property(d => d.Channel).HasConversion<string>().HasMaxLength(16);
        delivery.Property(d => d.Template).HasMaxLength(64);
        delivery.Property(d => d.RecipientMasked).HasMaxLength(320);
        delivery.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        delivery.Property(d => d.FailureReason).HasMaxLength(1024);
        delivery.Property(d => d.ProviderMessageId).HasMaxLength(64);
        delivery.Property(d => d.ProviderStatus).HasMaxLength(32);
    }
}
