using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Onboarding.IdentityPortal.Domain;

namespace Onboarding.IdentityPortal.Infrastructure.EntityConfigurations;

public sealed class PhoneCodeChallengeConfiguration : IEntityTypeConfiguration<PhoneCodeChallenge>
{
    public void Configure(EntityTypeBuilder<PhoneCodeChallenge> code)
    {
        SentCodeColumns.Configure(code, "phone_code_challenges", "signup_id");
        code.HasOne<SignupFlow>().WithMany().HasForeignKey(c => c.FlowId).OnDelete(DeleteBehavior.Cascade);
        code.Property(c => c.PhoneNumber).HasMaxLength(16);
        code.Property(c => c.Channel).HasConversion<string>().HasMaxLength(8);
        code.HasIndex(c => new { c.PhoneNumber, c.CreatedAt });
    }
}
