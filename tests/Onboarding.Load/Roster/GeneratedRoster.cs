using System.Globalization;
using System.Text;
using Onboarding.Load.Journeys;

namespace Onboarding.Load.Roster;

/// <summary>
/// Members made up for one run: 12-digit member numbers under a run prefix (no two runs on the same database share
/// one, so every journey is a member's first), a birth date, a name, an address on file at the generator's mail
/// domain and a mobile number of their own; written as the roster CSV operators import.
/// </summary>
public static class GeneratedRoster
{
    public const string MailDomain = "load.onboarding.example";
    private static readonly string[] FamilyNames = ["岡田", "佐藤", "鈴木", "髙橋", "山﨑", "渡邊", "伊藤", "中村", "小林", "加藤"];
    private static readonly string[] FamilyKana = ["オカダ", "サトウ", "スズキ", "タカハシ", "ヤマザキ", "ワタナベ", "イトウ", "ナカムラ", "コバヤシ", "カトウ"];
    private static readonly string[] GivenNames = ["太郎", "花子", "一郎", "美咲", "翔", "結衣", "大翔", "陽葵", "蓮", "さくら"];
    private static readonly string[] GivenKana = ["タロウ", "ハナコ", "イチロウ", "ミサキ", "ショウ", "ユイ", "ヒロト", "ヒマリ", "レン", "サクラ"];

    /// <summary><paramref name="count"/> members; <paramref name="runPrefix"/> is 4 digits (8000–8999 keeps clear of seeded members).</summary>
    public static IReadOnlyList<RosterMember> Members(int count, int runPrefix)
    {
        if (count is < 1 or > 99_999_999) throw new ArgumentOutOfRangeException(nameof(count));
        return [.. Enumerable.Range(0, count).Select(index =>
        {
            var number = $"{runPrefix:D4}{index:D8}";
            var birth = new DateOnly(2005, 4, 2).AddDays(index % 700);
            // 090 + 8 digits, unique within the run and, by the prefix, across runs.
            var subscriber = $"{1 + runPrefix % 9}{runPrefix / 10 % 10}{index % 1_000_000:D6}";
            return new RosterMember(
                number, birth, FamilyNames[index % 10], GivenNames[index / 10 % 10],
                $"m{number}@{MailDomain}", $"090{subscriber}", $"+8190{subscriber}");
        })];
    }

    public static async Task WriteCsvAsync(string path, IEnumerable<RosterMember> members)
    {
        await using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        await writer.WriteLineAsync("member_number,birth_date,family_name,given_name,family_name_kana,given_name_kana,coop,email");
        foreach (var member in members)
        {
            var family = Array.IndexOf(FamilyNames, member.FamilyName);
            var given = Array.IndexOf(GivenNames, member.GivenName);
            await writer.WriteLineAsync(string.Join(',',
                member.Number, member.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), member.FamilyName, member.GivenName,
                FamilyKana[family], GivenKana[given], "東海大学生協", member.Email));
        }
    }
}
