using System.Globalization;
using System.Text;

namespace Onboarding.Membership.Tests;

/// <summary>
/// A generated roster CSV and exactly what importing it must report: every kind of bad row, the valid variants
/// co-op exports contain (full-width digits, dashes, slashes in dates, quoted commas and quotes, half-width kana,
/// blank lines), and the line each record starts on.
/// </summary>
public sealed class ImportRosterFile
{
    public const string EnglishHeader = "member_number,birth_date,family_name,given_name,family_name_kana,given_name_kana,coop,email";
    public const string JapaneseHeader = "組合員番号,生年月日,姓,名,セイ,メイ,生協,メールアドレス";

    private static readonly (string Name, string Kana)[] FamilyNames =
        [("岡田", "オカダ"), ("佐藤", "サトウ"), ("鈴木", "スズキ"), ("髙橋", "タカハシ"), ("山﨑", "ヤマザキ"), ("渡邊", "ワタナベ")];
    private static readonly (string Name, string Kana)[] GivenNames =
        [("太郎", "タロウ"), ("花子", "ハナコ"), ("一郎", "イチロウ"), ("美咲", "ミサキ"), ("翔", "ショウ"), ("結衣", "ユイ")];
    private static readonly string[] Coops = ["東海大学生協", "東京大学生協", "京都大学生協", "名古屋大学生協"];

    /// <summary>Every kind of bad row, with the field and reason the import must name.</summary>
    public static readonly IReadOnlyList<(string Field, string Reason, bool NumberReported)> BadKinds =
    [
        ("memberNumber", "invalid_format", false), // a letter
        ("memberNumber", "invalid_format", false), // 11 digits
        ("memberNumber", "invalid_format", false), // 13 digits
        ("memberNumber", "required", false),
        ("birthDate", "in_the_future", true),
        ("birthDate", "not_a_real_date", true),    // 2005-02-29
        ("birthDate", "not_a_real_date", true),    // month 13
        ("birthDate", "invalid_format", true),     // dd/MM/yyyy
        ("birthDate", "before_1900", true),
        ("birthDate", "required", true),
        ("familyName", "required", true),
        ("givenName", "required", true),          // only spaces
        ("familyName", "too_long", true),          // 101 characters
        ("email", "invalid_format", true),         // two @
        ("email", "invalid_format", true),         // no dot in the domain
        ("coop", "required", true),
        ("memberNumber", "duplicate_in_file", true),
        ("row", "wrong_field_count", false),
        ("familyName", "invalid_characters", true), // a quoted line break
    ];

    private readonly StringBuilder _text = new();
    private readonly string _newline;
    private int _line = 1;

    private ImportRosterFile(string header, string newline)
    {
        _newline = newline;
        AddLine(header);
    }

    public int Rows { get; private set; }

    public List<Rejection> Rejections { get; } = [];

    /// <summary>The members the import must leave on file, by member number.</summary>
    public Dictionary<string, ExpectedMember> Members { get; } = [];

    public string Text => _text.ToString();

    public sealed record Rejection(int Line, string? MemberNumber, string Field, string Reason, int? DuplicateOfLine);

    public sealed record ExpectedMember(
        string MemberNumber, DateOnly BirthDate, string FamilyName, string GivenName, string? FamilyNameKana, string? GivenNameKana,
        string Coop, string? Email);

    /// <summary>
    /// <paramref name="rows"/> data rows numbered <paramref name="prefix"/> (4 digits) + 8 digits; every 20th row
    /// (from the 8th) is bad, cycling through <see cref="BadKinds"/>; a blank line after every 2,500 rows.
    /// </summary>
    public static ImportRosterFile Generate(string prefix, int rows, bool japaneseHeader = false, string newline = "\r\n",
        Func<int, string>? givenNameOf = null)
    {
        var file = new ImportRosterFile(japaneseHeader ? JapaneseHeader : EnglishHeader, newline);
        var lineOfRow = new Dictionary<int, int>();
        for (var i = 0; i < rows; i++)
        {
            if (i > 0 && i % 2500 == 0) file.AddLine("");
            lineOfRow[i] = file._line;
            var member = Member(prefix, i, givenNameOf);
            if (i % 20 == 7) file.AddBad(member, (i / 20) % BadKinds.Count, Member(prefix, i - 1, givenNameOf), lineOfRow[i - 1]);
            else file.AddValid(member, variant: i % 10);
        }
        return file;
    }

    /// <summary><paramref name="count"/> rows that are all rejected (11-digit numbers).</summary>
    public static ImportRosterFile AllBad(string prefix, int count)
    {
        var file = new ImportRosterFile(EnglishHeader, "\n");
        for (var i = 0; i < count; i++)
        {
            file.Rejections.Add(new Rejection(file._line, null, "memberNumber", "invalid_format", null));
            file.AddRow([$"{prefix}{i:D7}", "2004-04-01", "岡田", "太郎", "", "", "東海大学生協", ""]);
        }
        return file;
    }

    public static ExpectedMember Member(string prefix, int i, Func<int, string>? givenNameOf = null)
    {
        var family = FamilyNames[i % FamilyNames.Length];
        var given = GivenNames[i / FamilyNames.Length % GivenNames.Length];
        return new ExpectedMember(
            $"{prefix}{i:D8}", new DateOnly(2000, 1, 1).AddDays(i % 3650), family.Name, givenNameOf?.Invoke(i) ?? given.Name,
            family.Kana, given.Kana, Coops[i % Coops.Length], $"m{prefix}{i:D8}@example.ac.jp");
    }

    /// <param name="bom">Prefix the UTF-8 byte order mark (as Excel's "CSV UTF-8" does).</param>
    public byte[] ToBytes(Encoding encoding, bool bom = false) =>
        [.. bom ? new byte[] { 0xEF, 0xBB, 0xBF } : [], .. encoding.GetBytes(Text)];

    public static Encoding ShiftJis
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(932);
        }
    }

    private void AddValid(ExpectedMember member, int variant)
    {
        string[] fields =
        [
            member.MemberNumber, Iso(member.BirthDate), member.FamilyName, member.GivenName, member.FamilyNameKana!,
            member.GivenNameKana!, member.Coop, member.Email!,
        ];
        switch (variant)
        {
            case 1: fields[0] = FullWidth(member.MemberNumber); break;
            case 2: fields[0] = $"{member.MemberNumber[..4]}-{member.MemberNumber[4..8]}-{member.MemberNumber[8..]}"; break;
            case 3: fields[1] = $"{member.BirthDate.Year}/{member.BirthDate.Month}/{member.BirthDate.Day}"; break;
            case 4: member = member with { Coop = member.Coop + ", 湘南校舎" }; fields[6] = Quote(member.Coop); break;
            case 5: member = member with { Coop = "生協 \"本部\"" }; fields[6] = Quote(member.Coop); break;
            case 6: member = member with { FamilyNameKana = null, GivenNameKana = null, Email = null }; fields[4] = fields[5] = fields[7] = ""; break;
            case 7: member = member with { FamilyNameKana = "ヤマダ", GivenNameKana = "ジロウ" }; fields[4] = "ﾔﾏﾀﾞ"; fields[5] = "ｼﾞﾛｳ"; break;
            case 8: fields[7] = FullWidth(member.Email!).Replace("ｅｘａｍｐｌｅ．ａｃ．ｊｐ", "Example.AC.JP"); break;
            case 9: fields[2] = $" {member.FamilyName} "; fields[3] = $"　{member.GivenName}"; break;
        }
        Members[member.MemberNumber] = member;
        AddRow(fields);
    }

    private void AddBad(ExpectedMember member, int kind, ExpectedMember previous, int previousLine)
    {
        string[] fields =
        [
            member.MemberNumber, Iso(member.BirthDate), member.FamilyName, member.GivenName, member.FamilyNameKana!,
            member.GivenNameKana!, member.Coop, member.Email!,
        ];
        var (field, reason, numberReported) = BadKinds[kind];
        int? duplicateOf = null;
        switch (kind)
        {
            case 0: fields[0] = member.MemberNumber[..11] + "a"; break;
            case 1: fields[0] = member.MemberNumber[..11]; break;
            case 2: fields[0] = member.MemberNumber + "0"; break;
            case 3: fields[0] = ""; break;
            case 4: fields[1] = "2030-01-01"; break;
            case 5: fields[1] = "2005-02-29"; break;
            case 6: fields[1] = "2004/13/01"; break;
            case 7: fields[1] = "01/04/2004"; break;
            case 8: fields[1] = "1899-12-31"; break;
            case 9: fields[1] = ""; break;
            case 10: fields[2] = ""; break;
            case 11: fields[3] = "   "; break;
            case 12: fields[2] = new string('あ', 101); break;
            case 13: fields[7] = "taro@@example.jp"; break;
            case 14: fields[7] = "taro@example"; break;
            case 15: fields[6] = ""; break;
            case 16:
                // Same number as the row before, different data: the earlier row stays.
                fields[0] = previous.MemberNumber;
                fields[3] = "別人";
                duplicateOf = previousLine;
                member = previous;
                break;
            case 17: fields = fields[..7]; break;
            case 18: fields[2] = Quote($"{member.FamilyName}\n{member.GivenName}"); break;
        }
        Rejections.Add(new Rejection(_line, numberReported ? member.MemberNumber : null, field, reason, duplicateOf));
        AddRow(fields);
    }

    private void AddRow(string[] fields)
    {
        Rows++;
        AddLine(string.Join(",", fields));
    }

    private void AddLine(string text)
    {
        _text.Append(text).Append(_newline);
        _line += 1 + text.Count(c => c == '\n');
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Quote(string text) => $"\"{text.Replace("\"", "\"\"")}\"";

    private static string FullWidth(string text) =>
        string.Concat(text.Select(c => c is >= '!' and <= '~' ? (char)(c - '!' + '！') : c));
}
