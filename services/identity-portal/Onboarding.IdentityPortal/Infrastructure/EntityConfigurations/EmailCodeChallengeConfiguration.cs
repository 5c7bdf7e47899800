using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Onboarding.Contracts;
using Onboarding.IdentityPortal.Domain;

namespace Onboarding.IdentityPortal.Infrastructure.EntityConfigurations;

public sealed class EmailCodeChallengeConfiguration : IEntityTypeConfiguration<EmailCodeChallenge>
{
    public void Configure(EntityTypeBuilder<EmailCodeChallenge> code)
    {
        SentCodeColumns.Configure(code, "email_code_challenges", "signup_id");
        code.HasOne<SignupFlow>().WithMany().HasForeignKey(c => c.FlowId).OnDelete(DeleteBehavior.Cascade);
        code.Property(c => c.Email).HasMaxLength(EmailAddress.MaxLength);
        code.HasIndex(c => new { c.Email, c.CreatedAt });
    }
}
