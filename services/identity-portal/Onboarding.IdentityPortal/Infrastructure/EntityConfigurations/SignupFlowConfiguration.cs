using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Onboarding.Contracts;
using Onboarding.IdentityPortal.Domain;

namespace Onboarding.IdentityPortal.Infrastructure.EntityConfigurations;

public sealed class SignupFlowConfiguration : IEntityTypeConfiguration<SignupFlow>
{
    public void Configure(EntityTypeBuilder<SignupFlow> flow)
    {
        flow.ToTable("signup_flows");
        flow.HasKey(f => f.Id);
        flow.Property(f => f.Id).ValueGeneratedNever();
        flow.Property(f => f.Email).HasMaxLength(EmailAddress.MaxLength);
        flow.Property(f => f.Status).HasConversion<string>().HasMaxLength(16);
        flow.Property(f => f.PasswordHash).HasMaxLength(256);
        flow.Property(f => f.FamilyName).HasMaxLength(200);
        flow.Property(f => f.GivenName).HasMaxLength(200);
        flow.Property(f => f.PhoneNumber).HasMaxLength(16);
        flow.HasIndex(f => f.MemberId);
        // The retention pass deletes abandoned flows by expiry.
        flow.HasIndex(f => f.ExpiresAt);
    }
}
