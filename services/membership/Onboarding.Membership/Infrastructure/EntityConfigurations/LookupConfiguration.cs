using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Onboarding.Membership.Domain;

namespace Onboarding.Membership.Infrastructure.EntityConfigurations;

public sealed class LookupConfiguration : IEntityTypeConfiguration<Lookup>
{
    public void Configure(EntityTypeBuilder<Lookup> lookup)
    {
        lookup.ToTable("lookups");
        lookup.HasKey(l => l.Id);
        lookup.HasOne<Member>().WithMany().HasForeignKey(l => l.MemberId).OnDelete(DeleteBehavior.Cascade);
        // The retention pass deletes by expiry.
        lookup.HasIndex(l => l.ExpiresAt);
    }
}
