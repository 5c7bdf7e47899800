using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Onboarding.Contracts;
using Onboarding.IdentityPortal.Domain;

namespace Onboarding.IdentityPortal.Infrastructure.EntityConfigurations;

public sealed class EmailChangeConfiguration : IEntityTypeConfiguration<EmailChange>
{
    public void Configure(EntityTypeBuilder<EmailChange> change)
    {
        change.ToTable("email_changes");
        change.HasKey(c => c.Id);
        change.Property(c => c.Id).ValueGeneratedNever();
        change.Property(c => c.Email).HasMaxLength(EmailAddress.MaxLength);
        // A deleted account takes its changes in progress with it.
        change.HasOne<PortalUser>().WithMany().HasForeignKey(c => c.AccountId).OnDelete(DeleteBehavior.Cascade);
        // The retention pass deletes by expiry.
        change.HasIndex(c => c.ExpiresAt);
    }
}

public sealed class EmailChangeCodeConfiguration : IEntityTypeConfiguration<EmailChangeCode>
{
    public void Configure(EntityTypeBuilder<EmailChangeCode> code)
    {
        SentCodeColumns.Configure(code, "email_change_codes", "email_change_id");
        code.HasOne<EmailChange>().WithMany().HasForeignKey(c => c.FlowId).OnDelete(DeleteBehavior.Cascade);
        code.Property(c => c.Email).HasMaxLength(EmailAddress.MaxLength);
        code.HasIndex(c => new { c.Email, c.CreatedAt });
    }
}
