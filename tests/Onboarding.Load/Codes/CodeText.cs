using System.Text.RegularExpressions;

namespace Onboarding.Load.Codes;

/// <summary>
/// Finds the six-digit code in a mail or phone text. By its label first (パスコード, 確認コード, 認証コード, Passcode,
/// Verification code, Sign-in code), so that other digits in the text (dates, times, member numbers) are never taken
/// for it; then any six digits standing alone, since the wording of the templates may change.
/// </summary>
public static partial class CodeText
{
    public static string? Find(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var labelled = LabelledCode().Match(text);
        if (labelled.Success) return labelled.Groups["code"].Value;
        var spoken = SpokenCode().Match(text);
        if (spoken.Success) return new string(spoken.Groups["code"].Value.Where(char.IsAsciiDigit).ToArray());
        var alone = LoneSixDigits().Match(text);
        return alone.Success ? alone.Value : null;
    }

    [GeneratedRegex(@"(?:パスコード|確認コード|認証コード|Passcode|Verification code|Sign-in code|code)\s*(?:は)?\s*[:：]\s*(?<code>[0-9]{6})(?![0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledCode();

    // A voice script reads the digits one by one: 「確認コードは、1、2、3、4、5、6、です。」
    [GeneratedRegex(@"(?<code>[0-9](?:\s*[、,]\s*[0-9]){5})(?![0-9])")]
    private static partial Regex SpokenCode();

    [GeneratedRegex(@"(?<![0-9A-Za-z-])[0-9]{6}(?![0-9A-Za-z-])")]
    private static partial Regex LoneSixDigits();
}
