using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Onboarding.Contracts;
using Onboarding.IdentityPortal.Domain;

namespace Onboarding.IdentityPortal.Infrastructure.EntityConfigurations;

public sealed class ConfirmedAddressConfiguration : IEntityTypeConfiguration<ConfirmedAddress>
{
    public void Configure(EntityTypeBuilder<ConfirmedAddress> address)
    {
        address.ToTable("confirmed_addresses");
        address.HasKey(a => a.MemberId);
        address.Property(a => a.MemberId).ValueGeneratedNever();
        address.Property(a => a.MemberNumber).HasMaxLength(12).IsFixedLength();
        address.Property(a => a.Email).HasMaxLength(EmailAddress.MaxLength);
        address.HasIndex(a => a.Email);
    }
}
