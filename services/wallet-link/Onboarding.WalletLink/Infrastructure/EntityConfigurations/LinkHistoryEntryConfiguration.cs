using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Onboarding.WalletLink.Domain;

namespace Onboarding.WalletLink.Infrastructure.EntityConfigurations;

public sealed class LinkHistoryEntryConfiguration : IEntityTypeConfiguration<LinkHistoryEntry>
{
    public void Configure(EntityTypeBuilder<LinkHistoryEntry> entry)
    {
        entry.ToTable("link_history");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Id).ValueGeneratedNever();
        entry.Property(e => e.Kind).HasMaxLength(48);
        entry.Property(e => e.Reason).HasMaxLength(32);
        entry.Property(e => e.Provider).HasMaxLength(32);
        entry.Property(e => e.WalletAccountMasked).HasMaxLength(16);
        // The help desk reads a member's history in order.
        entry.HasIndex(e => new { e.MemberId, e.At });
        // The retention pass deletes by age.
        entry.HasIndex(e => e.At);
    }
}
