using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Onboarding.Notification.Infrastructure.EntityConfigurations;

public sealed class PhoneMessageConfiguration : IEntityTypeConfiguration<PhoneMessage>
{
    public void Configure(EntityTypeBuilder<PhoneMessage> message)
    {
        message.ToTable("phone_messages");
        message.HasKey(m => m.Id);
        message.Property(m => m.Channel).HasConversion<string>().HasMaxLength(16);
        message.Property(m => m.To).HasMaxLength(16);
        message.HasIndex(m => new { m.To, m.CreatedAt });
        // The retention pass deletes by age.
        message.HasIndex(m => m.CreatedAt);
    }
}
