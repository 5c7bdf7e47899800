using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Onboarding.Membership.Domain;

namespace Onboarding.Membership.Infrastructure.EntityConfigurations;

public sealed class ReminderWaveConfiguration : IEntityTypeConfiguration<ReminderWave>
{
    public void Configure(EntityTypeBuilder<ReminderWave> wave)
    {
        wave.ToTable("reminder_waves");
        wave.HasKey(w => w.Id);
        wave.Property(w => w.Id).HasMaxLength(40);
    }
}

public sealed class ReminderDeliveryConfiguration : IEntityTypeConfiguration<ReminderDelivery>
{
    public void Configure(EntityTypeBuilder<ReminderDelivery> delivery)
    {
        delivery.ToTable("reminder_deliveries");
        delivery.HasKey(d => new { d.WaveId, d.MemberId });
        delivery.Property(d => d.WaveId).HasMaxLength(40);
        delivery.HasOne<ReminderWave>().WithMany().HasForeignKey(d => d.WaveId).OnDelete(DeleteBehavior.Cascade);
        delivery.HasOne<Member>().WithMany().HasForeignKey(d => d.MemberId).OnDelete(DeleteBehavior.Cascade);
        delivery.Property(d => d.Stage).HasConversion(stage => stage.Name(), name => FunnelStages.Parse(name)!.Value).HasMaxLength(20);
    }
}
