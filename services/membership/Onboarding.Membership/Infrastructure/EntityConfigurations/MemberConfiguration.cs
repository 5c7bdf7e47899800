using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Onboarding.Membership.Domain;

namespace Onboarding.Membership.Infrastructure.EntityConfigurations;

public sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public const string Table = "members";
    public const int CoopMaxLength = 200;

    public void Configure(EntityTypeBuilder<Member> member)
    {
        member.ToTable(Table, table => table.HasCheckConstraint("ck_members_member_number", "member_number ~ '^[0-9]{12}$'"));
        member.HasKey(m => m.Id);
        member.Property(m => m.MemberNumber).HasMaxLength(12).IsFixedLength();
        member.HasIndex(m => m.MemberNumber).IsUnique();
        member.Property(m => m.FamilyName).HasMaxLength(100);
        member.Property(m => m.GivenName).HasMaxLength(100);
        member.Property(m => m.FamilyNameKana).HasMaxLength(100);
        member.Property(m => m.GivenNameKana).HasMaxLength(100);
        member.Property(m => m.Coop).HasMaxLength(CoopMaxLength);
        member.Property(m => m.RegisteredEmail).HasMaxLength(254);
        member.Ignore(m => m.MaskedName);
    }
}
