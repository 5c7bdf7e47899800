using System.Globalization;
using Onboarding.Contracts.Commands;
using Onboarding.Notification.Domain;
using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.Notification.Templates;

/// <summary>
/// STEP 2's phone verification code: a short SMS, or the script a voice call reads. The script spells the code
/// digit by digit (a text-to-speech engine would read 123456 as a number) and reads it twice.
/// </summary>
public static class PhoneCodeTemplate
{
    public const string SmsName = "phone-code-sms";

    public const string VoiceName = "phone-code-voice";

    // Short enough for one SMS segment in Japanese (70 characters). {0} the code, {1} how long it is valid.
    private static readonly LocalizedText Sms = new(
        "【大学生協】確認コード: {0}\nマイポータル登録の確認コードです。有効期限は{1}です。このコードは誰にも教えないでください。",
        "University Co-op: your verification code is {0}. It is valid for {1}. Do not share it with anyone.");

    // The voice script, sentence by sentence (a provider may pause between them). {0} the code spelled digit by
    // digit, {1} how long it is valid.
    private static readonly LocalizedText[] VoiceSentences =
    [
        new("こちらは大学生協です。マイポータル登録の確認コードをお知らせします。",
            "This is the University Co-op. Here is your verification code for the My Portal sign-up. "),
        new("確認コードは、{0}、です。", "Your code is: {0}. "),
        new("もう一度繰り返します。確認コードは、{0}、です。", "Once again, your code is: {0}. "),
        new("このコードの有効期限は{1}です。失礼いたします。", "The code is valid for {1}. Goodbye."),
    ];

    private static readonly LocalizedText[] DigitNames =
    [
        new("ゼロ", "zero"), new("いち", "one"), new("にー", "two"), new("さん", "three"), new("よん", "four"),
        new("ごー", "five"), new("ろく", "six"), new("なな", "seven"), new("はち", "eight"), new("きゅう", "nine"),
    ];

    private static readonly LocalizedText DigitSeparator = new("、", ", ");

    public static string Name(PhoneChannel channel) => channel == PhoneChannel.Voice ? VoiceName : SmsName;

    public static string Render(SendPhoneCode command, DateTimeOffset now) =>
        command.Channel == PhoneChannel.Voice ? RenderVoiceScript(command, now) : RenderSms(command, now);

    public static string RenderSms(SendPhoneCode command, DateTimeOffset now)
    {
        var culture = MessageLanguages.FromCulture(command.Culture).Culture();
        return Sms.Format(culture, command.Code, Validity.Of(command.ExpiresAt, now, culture));
    }

    public static string RenderVoiceScript(SendPhoneCode command, DateTimeOffset now) => string.Concat(RenderVoiceParts(command, now));

    /// <summary>The voice script in sentences: greeting, the code, the code again, validity and goodbye.</summary>
    public static IReadOnlyList<string> RenderVoiceParts(SendPhoneCode command, DateTimeOffset now)
    {
        var culture = MessageLanguages.FromCulture(command.Culture).Culture();
        var spelled = SpellDigits(command.Code, culture);
        var validity = Validity.Of(command.ExpiresAt, now, culture);
        return [.. VoiceSentences.Select(sentence => sentence.Format(culture, spelled, validity))];
    }

    /// <summary><c>123</c> → <c>いち、にー、さん</c> / <c>one, two, three</c>; anything that is not an ASCII digit is read as it is.</summary>
    public static string SpellDigits(string code, CultureInfo culture) =>
        string.Join(DigitSeparator.In(culture), code.Select(c => char.IsAsciiDigit(c) ? DigitNames[c - '0'].In(culture) : c.ToString()));
}
