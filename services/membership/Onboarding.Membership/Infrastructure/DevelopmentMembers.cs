using Microsoft.EntityFrameworkCore;
using Onboarding.Membership.Domain;

namespace Onboarding.Membership.Infrastructure;

/// <summary>
/// The members a developer can try ./run.sh with at once (listed in the README). Seeded by the migrate step when
/// <c>Membership:SeedDevelopmentMembers</c> is true; existing rows are left as they are.
/// </summary>
public sealed class DevelopmentMembers(MembershipDbContext db, TimeProvider clock)
{
    public static readonly IReadOnlyList<Member> All =
    [
        Create("123456789012", new DateOnly(2004, 4, 1), "岡田", "太郎", "オカダ", "タロウ", "東海大学生協", "sho.okada@univcoop-tokai.jp"),
        Create("987654321098", new DateOnly(2005, 12, 24), "佐藤", "花子", "サトウ", "ハナコ", "東京大学生協", null),
        Create("111122223333", new DateOnly(2003, 7, 15), "鈴木", "一郎", "スズキ", "イチロウ", "京都大学生協", "ichiro.suzuki@example.ac.jp"),
        Create("444455556666", new DateOnly(2006, 2, 28), "高橋", "美咲", "タカハシ", "ミサキ", "名古屋大学生協", null),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        // Only the seeded numbers are looked up: the roster itself may hold a million members.
        var seeded = All.Select(m => m.MemberNumber).ToList();
        var existing = await db.Members.Where(m => seeded.Contains(m.MemberNumber)).Select(m => m.MemberNumber).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var member in All.Where(m => !existing.Contains(m.MemberNumber)))
        {
            db.Members.Add(new Member
            {
                Id = Guid.CreateVersion7(now),
                MemberNumber = member.MemberNumber,
                BirthDate = member.BirthDate,
                FamilyName = member.FamilyName,
                GivenName = member.GivenName,
                FamilyNameKana = member.FamilyNameKana,
                GivenNameKana = member.GivenNameKana,
                Coop = member.Coop,
                RegisteredEmail = member.RegisteredEmail,
                CreatedAt = now,
                UpdatedAt = now,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static Member Create(string number, DateOnly birthDate, string family, string given, string familyKana, string givenKana, string coop, string? email) =>
        new()
        {
            MemberNumber = number, BirthDate = birthDate, FamilyName = family, GivenName = given,
            FamilyNameKana = familyKana, GivenNameKana = givenKana, Coop = coop, RegisteredEmail = email,
        };
}
