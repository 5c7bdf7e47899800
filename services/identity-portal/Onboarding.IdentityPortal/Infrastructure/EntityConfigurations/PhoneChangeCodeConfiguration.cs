using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Onboarding.IdentityPortal.Domain;

namespace Onboarding.IdentityPortal.Infrastructure.EntityConfigurations;

public sealed class PhoneChangeCodeConfiguration : IEntityTypeConfiguration<PhoneChangeCode>
{
    public void Configure(EntityTypeBuilder<PhoneChangeCode> code)
    {
        SentCodeColumns.Configure(code, "phone_change_codes", "account_id");
        // A deleted account takes its codes with it.
        code.HasOne<PortalUser>().WithMany().HasForeignKey(c => c.FlowId).OnDelete(DeleteBehavior.Cascade);
        code.Property(c => c.PhoneNumber).HasMaxLength(16);
        code.Property(c => c.Channel).HasConversion<string>().HasMaxLength(8);
        code.HasIndex(c => new { c.PhoneNumber, c.CreatedAt });
    }
}
