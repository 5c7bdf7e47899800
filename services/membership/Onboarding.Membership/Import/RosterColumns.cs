using System.Text;

namespace Onboarding.Membership.Import;

/// <summary>
/// Where each roster column is in a file, from its header row. Columns are found by name, English
/// (<c>member_number,birth_date,family_name,given_name,family_name_kana,given_name_kana,coop,email</c>) or Japanese
/// (<c>組合員番号,生年月日,姓,名,セイ,メイ,生協,メールアドレス</c>), in any order; the kana and e-mail columns may be
/// left out, other columns are ignored.
/// </summary>
public sealed class RosterColumns
{
    /// <summary>Field names as the report uses them, in the file's usual column order.</summary>
    public static readonly IReadOnlyList<string> Fields =
        ["memberNumber", "birthDate", "familyName", "givenName", "familyNameKana", "givenNameKana", "coop", "email"];

    private static readonly string[] Required = ["memberNumber", "birthDate", "familyName", "givenName", "coop"];

    private static readonly Dictionary<string, string> HeaderNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["member_number"] = "memberNumber", ["組合員番号"] = "memberNumber",
        ["birth_date"] = "birthDate", ["生年月日"] = "birthDate",
        ["family_name"] = "familyName", ["姓"] = "familyName",
        ["given_name"] = "givenName", ["名"] = "givenName",
        ["family_name_kana"] = "familyNameKana", ["セイ"] = "familyNameKana",
        ["given_name_kana"] = "givenNameKana", ["メイ"] = "givenNameKana",
        ["coop"] = "coop", ["生協"] = "coop",
        ["email"] = "email", ["メールアドレス"] = "email",
    };

    private RosterColumns(int fieldCount, Dictionary<string, int> positions)
    {
        FieldCount = fieldCount;
        MemberNumber = positions["memberNumber"];
        BirthDate = positions["birthDate"];
        FamilyName = positions["familyName"];
        GivenName = positions["givenName"];
        FamilyNameKana = positions.GetValueOrDefault("familyNameKana", -1);
        GivenNameKana = positions.GetValueOrDefault("givenNameKana", -1);
        Coop = positions["coop"];
        Email = positions.GetValueOrDefault("email", -1);
    }

    /// <summary>How many fields every data row must have: as many as the header.</summary>
    public int FieldCount { get; }

    public int MemberNumber { get; }
    public int BirthDate { get; }
    public int FamilyName { get; }
    public int GivenName { get; }
    /// <summary>-1 when the file has no such column.</summary>
    public int FamilyNameKana { get; }
    /// <summary>-1 when the file has no such column.</summary>
    public int GivenNameKana { get; }
    public int Coop { get; }
    /// <summary>-1 when the file has no such column.</summary>
    public int Email { get; }

    /// <summary>The columns of <paramref name="header"/>, or null with the required columns it lacks.</summary>
    public static RosterColumns? FromHeader(IReadOnlyList<string> header, out IReadOnlyList<string> missing)
    {
        var positions = new Dictionary<string, int>();
        for (var index = 0; index < header.Count; index++)
        {
            var name = header[index].Normalize(NormalizationForm.FormKC).Trim().Trim('"').Trim();
            if (HeaderNames.TryGetValue(name, out var field)) positions.TryAdd(field, index);
        }
        missing = Required.Where(field => !positions.ContainsKey(field)).ToArray();
        return missing.Count == 0 ? new RosterColumns(header.Count, positions) : null;
    }
}
