using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Onboarding.Membership.Domain;

namespace Onboarding.Membership.Infrastructure.EntityConfigurations;

public sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public const string Table = "members";

    public void Configure(EntityTypeBuilder<Member> member)
    {
        member.ToTable(Table, table => table.HasCheckConstraint("ck_members_member_number", "member_number ~ '^[0-9]{12}$'"));
        member.HasKey(m => m.Id);
        member.Property(m => m.Id).HasColumnName("id");
        member.Property(m => m.MemberNumber).HasColumnName("member_number").HasMaxLength(12).IsFixedLength();
        member.HasIndex(m => m.MemberNumber).IsUnique();
        member.Property(m => m.BirthDate).HasColumnName("birth_date");
        member.Property(m => m.FamilyName).HasColumnName("family_name").HasMaxLength(100);
        member.Property(m => m.GivenName).HasColumnName("given_name").HasMaxLength(100);
        member.Property(m => m.FamilyNameKana).HasColumnName("family_name_kana").HasMaxLength(100);
        member.Property(m => m.GivenNameKana).HasColumnName("given_name_kana").HasMaxLength(100);
        member.Property(m => m.Coop).HasColumnName("coop").HasMaxLength(200);
        member.Property(m => m.RegisteredEmail).HasColumnName("registered_email").HasMaxLength(254);
        member.Property(m => m.EmailConfirmedAt).HasColumnName("email_confirmed_at");
        member.Property(m => m.CreatedAt).HasColumnName("created_at");
        member.Property(m => m.UpdatedAt).HasColumnName("updated_at");
        member.Ignore(m => m.MaskedName);
    }
}
