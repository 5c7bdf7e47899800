using System.Globalization;
using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.Membership.Import;

/// <summary>What operators read about a roster import, in Japanese (default) and English.</summary>
public static class RosterImportText
{
    public const string UnsupportedUpload = "roster_file_unsupported";

    private static readonly Dictionary<string, (LocalizedText Title, LocalizedText Detail)> FileProblems = new()
    {
        [RosterFileException.Empty] = (
            new("取り込む行がありません。", "The file has no rows to import."),
            new("1行目に見出し行、2行目以降に組合員ごとの行があるCSVファイルを送信してください。",
                "Send a CSV file with a header row followed by one row per member.")),
        [RosterFileException.HeaderUnrecognised] = (
            new("1行目の見出し行を認識できません。", "The header row is not recognised."),
            new("1行目は「組合員番号,生年月日,姓,名,セイ,メイ,生協,メールアドレス」または "
                + "\"member_number,birth_date,family_name,given_name,family_name_kana,given_name_kana,coop,email\" にしてください。",
                "The first row must be \"member_number,birth_date,family_name,given_name,family_name_kana,given_name_kana,coop,email\" "
                + "or its Japanese form \"組合員番号,生年月日,姓,名,セイ,メイ,生協,メールアドレス\".")),
        [UnsupportedUpload] = (
            new("この形式では取り込めません。", "This kind of upload cannot be imported."),
            new("CSVファイルを本文（text/csv または application/octet-stream）か、multipart/form-data のファイルとして送信してください。",
                "Send the CSV file as the body (text/csv or application/octet-stream) or as a multipart/form-data file.")),
    };

    private static readonly Dictionary<string, LocalizedText> FieldNames = new()
    {
        ["memberNumber"] = new("組合員番号", "Member number"),
        ["birthDate"] = new("生年月日", "Birth date"),
        ["familyName"] = new("姓", "Family name"),
        ["givenName"] = new("名", "Given name"),
        ["familyNameKana"] = new("セイ", "Family name (kana)"),
        ["givenNameKana"] = new("メイ", "Given name (kana)"),
        ["coop"] = new("生協", "Co-op"),
        ["email"] = new("メールアドレス", "E-mail"),
        ["row"] = new("行", "Row"),
    };

    // "field.reason" first, then "reason"; {0} is the line of the imported duplicate.
    private static readonly Dictionary<string, LocalizedText> Reasons = new()
    {
        [RosterRejectionReasons.Required] = new("入力されていません。", "is missing."),
        ["memberNumber." + RosterRejectionReasons.InvalidFormat] = new("数字12桁ではありません。", "is not 12 digits."),
        ["birthDate." + RosterRejectionReasons.InvalidFormat] = new(
            "yyyy-MM-dd または yyyy/MM/dd の形式ではありません。", "is not in the form yyyy-MM-dd or yyyy/MM/dd."),
        ["email." + RosterRejectionReasons.InvalidFormat] = new("メールアドレスの形式が正しくありません。", "is not a valid e-mail address."),
        [RosterRejectionReasons.InvalidFormat] = new("形式が正しくありません。", "is not in the expected form."),
        [RosterRejectionReasons.NotARealDate] = new("実在しない日付です。", "is not a real date."),
        [RosterRejectionReasons.InTheFuture] = new("未来の日付です。", "is in the future."),
        [RosterRejectionReasons.Before1900] = new("1900年より前の日付です。", "is before 1900."),
        ["coop." + RosterRejectionReasons.TooLong] = new("200文字を超えています。", "is longer than 200 characters."),
        ["row." + RosterRejectionReasons.TooLong] = new("長すぎます。", "is too long."),
        [RosterRejectionReasons.TooLong] = new("100文字を超えています。", "is longer than 100 characters."),
        [RosterRejectionReasons.InvalidCharacters] = new("改行などの制御文字が含まれています。", "contains a line break or another control character."),
        [RosterRejectionReasons.UnreadableCharacters] = new(
            "読み取れない文字が含まれています（UTF-8 または Shift_JIS で保存してください）。",
            "contains bytes that could not be read as text (save the file as UTF-8 or Shift_JIS)."),
        [RosterRejectionReasons.DuplicateInFile] = new(
            "{0}行目と同じ組合員番号です（{0}行目の内容を取り込みました）。", "repeats the member number of line {0} (line {0} was imported)."),
        [RosterRejectionReasons.WrongFieldCount] = new("列の数が見出し行と異なります。", "does not have as many fields as the header row."),
        [RosterRejectionReasons.UnterminatedQuote] = new("引用符（\"）が閉じられていません。", "has a quote (\") that is never closed."),
    };

    // English reads the reason as the rest of a sentence about the field.
    private static readonly LocalizedText FieldThenReason = new("{0}: {1}", "{0} {1}");

    public static string Title(string code, string culture) => FileProblems[code].Title.In(culture);

    public static string Detail(string code, string culture) => FileProblems[code].Detail.In(culture);

    /// <summary>E.g. 「生年月日: 未来の日付です。」 / "Birth date is in the future."</summary>
    public static string Message(RosterRejection rejection, string culture)
    {
        var field = FieldNames.TryGetValue(rejection.Field, out var name) ? name.In(culture) : rejection.Field;
        var reason = Reasons.TryGetValue($"{rejection.Field}.{rejection.Reason}", out var specific) ? specific
            : Reasons.TryGetValue(rejection.Reason, out var general) ? general
            : new LocalizedText(rejection.Reason, rejection.Reason);
        var text = string.Format(CultureInfo.InvariantCulture, reason.In(culture), rejection.DuplicateOfLine);
        return string.Format(CultureInfo.InvariantCulture, FieldThenReason.In(culture), field, text);
    }
}
