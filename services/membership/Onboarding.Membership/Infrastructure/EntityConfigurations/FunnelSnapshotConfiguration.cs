using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Onboarding.Membership.Domain;

namespace Onboarding.Membership.Infrastructure.EntityConfigurations;

public sealed class FunnelSnapshotConfiguration : IEntityTypeConfiguration<FunnelSnapshot>
{
    public const string Table = "funnel_snapshots";

    public void Configure(EntityTypeBuilder<FunnelSnapshot> snapshot)
    {
        snapshot.ToTable(Table);
        snapshot.HasKey(s => new { s.Day, s.Coop, s.Stage });
        snapshot.Property(s => s.Coop).HasMaxLength(MemberConfiguration.CoopMaxLength);
        snapshot.Property(s => s.Stage).HasConversion(stage => stage.Name(), name => FunnelStages.Parse(name)!.Value).HasMaxLength(20);
    }
}
