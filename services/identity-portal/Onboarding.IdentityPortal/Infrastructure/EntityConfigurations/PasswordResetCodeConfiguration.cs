using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Onboarding.Contracts;
using Onboarding.IdentityPortal.Domain;

namespace Onboarding.IdentityPortal.Infrastructure.EntityConfigurations;

public sealed class PasswordResetCodeConfiguration : IEntityTypeConfiguration<PasswordResetCode>
{
    public void Configure(EntityTypeBuilder<PasswordResetCode> code)
    {
        SentCodeColumns.Configure(code, "password_reset_codes", "password_reset_id");
        code.HasOne<PasswordReset>().WithMany().HasForeignKey(c => c.FlowId).OnDelete(DeleteBehavior.Cascade);
        code.Property(c => c.Email).HasMaxLength(EmailAddress.MaxLength);
        code.HasIndex(c => new { c.Email, c.CreatedAt });
    }
}
