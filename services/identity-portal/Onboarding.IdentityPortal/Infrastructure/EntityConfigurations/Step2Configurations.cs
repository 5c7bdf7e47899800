using Onboarding.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Onboarding.IdentityPortal.Domain;

namespace Onboarding.IdentityPortal.Infrastructure.EntityConfigurations;

public sealed class ConfirmedAddressConfiguration : IEntityTypeConfiguration<ConfirmedAddress>
{
    public void Configure(EntityTypeBuilder<ConfirmedAddress> address)
    {
        address.ToTable("confirmed_addresses");
        address.HasKey(a => a.MemberId);
        address.Property(a => a.MemberId).HasColumnName("member_id").ValueGeneratedNever();
        address.Property(a => a.MemberNumber).HasColumnName("member_number").HasMaxLength(12).IsFixedLength();
        address.Property(a => a.Email).HasColumnName("email").HasMaxLength(EmailAddress.MaxLength);
        address.Property(a => a.ConfirmedAt).HasColumnName("confirmed_at");
        address.Property(a => a.AccountId).HasColumnName("account_id");
        address.HasIndex(a => a.Email);
    }
}

public sealed class SignupFlowConfiguration : IEntityTypeConfiguration<SignupFlow>
{
    public void Configure(EntityTypeBuilder<SignupFlow> flow)
    {
        flow.ToTable("signup_flows");
        flow.HasKey(f => f.Id);
        flow.Property(f => f.Id).HasColumnName("id").ValueGeneratedNever();
        flow.Property(f => f.MemberId).HasColumnName("member_id");
        flow.Property(f => f.Email).HasColumnName("email").HasMaxLength(EmailAddress.MaxLength);
        flow.Property(f => f.CreatedAt).HasColumnName("created_at");
        flow.Property(f => f.ExpiresAt).HasColumnName("expires_at");
        flow.Property(f => f.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(16);
        flow.Property(f => f.EmailVerifiedAt).HasColumnName("email_verified_at");
        flow.Property(f => f.PasswordHash).HasColumnName("password_hash").HasMaxLength(256);
        flow.Property(f => f.FamilyName).HasColumnName("family_name").HasMaxLength(200);
        flow.Property(f => f.GivenName).HasColumnName("given_name").HasMaxLength(200);
        flow.Property(f => f.ProfileSetAt).HasColumnName("profile_set_at");
        flow.Property(f => f.PhoneNumber).HasColumnName("phone_number").HasMaxLength(16);
        flow.Property(f => f.PhoneVerifiedAt).HasColumnName("phone_verified_at");
        flow.Property(f => f.AccountId).HasColumnName("account_id");
        flow.HasIndex(f => f.MemberId);
    }
}

public sealed class EmailCodeChallengeConfiguration : IEntityTypeConfiguration<EmailCodeChallenge>
{
    public void Configure(EntityTypeBuilder<EmailCodeChallenge> code)
    {
        SentCodeColumns.Configure(code, "email_code_challenges", "signup_id");
        code.HasOne<SignupFlow>().WithMany().HasForeignKey(c => c.FlowId).OnDelete(DeleteBehavior.Cascade);
        code.Property(c => c.Email).HasColumnName("email").HasMaxLength(EmailAddress.MaxLength);
        code.HasIndex(c => new { c.Email, c.CreatedAt });
    }
}

public sealed class PhoneCodeChallengeConfiguration : IEntityTypeConfiguration<PhoneCodeChallenge>
{
    public void Configure(EntityTypeBuilder<PhoneCodeChallenge> code)
    {
        SentCodeColumns.Configure(code, "phone_code_challenges", "signup_id");
        code.HasOne<SignupFlow>().WithMany().HasForeignKey(c => c.FlowId).OnDelete(DeleteBehavior.Cascade);
        code.Property(c => c.PhoneNumber).HasColumnName("phone_number").HasMaxLength(16);
        code.Property(c => c.Channel).HasColumnName("channel").HasConversion<string>().HasMaxLength(8);
        code.HasIndex(c => new { c.PhoneNumber, c.CreatedAt });
    }
}

public sealed class PortalUserConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> user)
    {
        user.Property(u => u.MemberId).HasColumnName("member_id");
        user.Property(u => u.FamilyName).HasColumnName("family_name").HasMaxLength(200);
        user.Property(u => u.GivenName).HasColumnName("given_name").HasMaxLength(200);
        user.Property(u => u.CreatedAt).HasColumnName("created_at");
        user.HasIndex(u => u.MemberId).IsUnique();
    }
}
