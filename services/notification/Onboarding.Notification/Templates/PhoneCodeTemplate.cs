using Onboarding.Contracts.Commands;
using Onboarding.Notification.Domain;

namespace Onboarding.Notification.Templates;

/// <summary>
/// STEP 2's phone verification code: a short SMS, or the script a voice call reads. The script spells the code
/// digit by digit (a text-to-speech engine would read 123456 as a number) and reads it twice.
/// </summary>
public static class PhoneCodeTemplate
{
    public const string SmsName = "phone-code-sms";

    public const string VoiceName = "phone-code-voice";

    private static readonly string[] JapaneseDigits = ["ゼロ", "いち", "にー", "さん", "よん", "ごー", "ろく", "なな", "はち", "きゅう"];

    private static readonly string[] EnglishDigits = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    public static string Name(PhoneChannel channel) => channel == PhoneChannel.Voice ? VoiceName : SmsName;

    public static string Render(SendPhoneCode command, DateTimeOffset now) =>
        command.Channel == PhoneChannel.Voice ? RenderVoiceScript(command, now) : RenderSms(command, now);

    /// <summary>Short enough for one SMS segment in Japanese (70 characters).</summary>
    public static string RenderSms(SendPhoneCode command, DateTimeOffset now)
    {
        var minutes = JapanTime.MinutesUntil(command.ExpiresAt, now);
        return MessageLanguages.FromCulture(command.Culture) == MessageLanguage.English
            ? $"University Co-op: your verification code is {command.Code}. It is valid for {minutes} {(minutes == 1 ? "minute" : "minutes")}. Do not share it with anyone."
            : $"【大学生協】確認コード: {command.Code}\nマイポータル登録の確認コードです。有効期限は{minutes}分です。このコードは誰にも教えないでください。";
    }

    public static string RenderVoiceScript(SendPhoneCode command, DateTimeOffset now)
    {
        var minutes = JapanTime.MinutesUntil(command.ExpiresAt, now);
        if (MessageLanguages.FromCulture(command.Culture) == MessageLanguage.English)
        {
            var digits = SpellDigits(command.Code, EnglishDigits, ", ");
            return $"This is the University Co-op. Here is your verification code for the My Portal sign-up. " +
                   $"Your code is: {digits}. " +
                   $"Once again, your code is: {digits}. " +
                   $"The code is valid for {minutes} {(minutes == 1 ? "minute" : "minutes")}. Goodbye.";
        }

        var japanese = SpellDigits(command.Code, JapaneseDigits, "、");
        return $"こちらは大学生協です。マイポータル登録の確認コードをお知らせします。" +
               $"確認コードは、{japanese}、です。" +
               $"もう一度繰り返します。確認コードは、{japanese}、です。" +
               $"このコードの有効期限は{minutes}分です。失礼いたします。";
    }

    /// <summary><c>123</c> → <c>いち、にー、さん</c>; anything that is not an ASCII digit is read as it is.</summary>
    public static string SpellDigits(string code, IReadOnlyList<string> names, string separator) =>
        string.Join(separator, code.Select(c => char.IsAsciiDigit(c) ? names[c - '0'] : c.ToString()));

    public static string SpellJapanese(string code) => SpellDigits(code, JapaneseDigits, "、");

    public static string SpellEnglish(string code) => SpellDigits(code, EnglishDigits, ", ");
}
