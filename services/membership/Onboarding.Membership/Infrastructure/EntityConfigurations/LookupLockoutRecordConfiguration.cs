using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Onboarding.Membership.Domain;

namespace Onboarding.Membership.Infrastructure.EntityConfigurations;

public sealed class LookupLockoutRecordConfiguration : IEntityTypeConfiguration<LookupLockoutRecord>
{
    public void Configure(EntityTypeBuilder<LookupLockoutRecord> record)
    {
        record.ToTable("lookup_lockouts");
        record.HasKey(r => r.Id);
        record.HasIndex(r => new { r.MemberId, r.LockedAt });
        record.HasIndex(r => r.LockedAt);
    }
}
