using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Onboarding.Contracts;
using Onboarding.IdentityPortal.Domain;

namespace Onboarding.IdentityPortal.Infrastructure.EntityConfigurations;

public sealed class SignInCodeChallengeConfiguration : IEntityTypeConfiguration<SignInCodeChallenge>
{
    public void Configure(EntityTypeBuilder<SignInCodeChallenge> code)
    {
        SentCodeColumns.Configure(code, "sign_in_code_challenges", "sign_in_id");
        code.HasOne<SignIn>().WithMany().HasForeignKey(c => c.FlowId).OnDelete(DeleteBehavior.Cascade);
        code.Property(c => c.Email).HasMaxLength(EmailAddress.MaxLength);
        code.HasIndex(c => new { c.Email, c.CreatedAt });
    }
}
