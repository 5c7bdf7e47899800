using System.Text;
using Onboarding.Contracts.Commands;
using PhoneNumbers;

namespace Onboarding.IdentityPortal.Domain;

/// <summary>
/// Japanese phone numbers in any common form (090-1234-5678, ０９０…, +81 90…, with spaces or dash variants) to E.164,
/// with libphonenumber (region JP). SMS needs a mobile number; a voice call may go to a mobile or fixed line.
/// </summary>
public static class JapanesePhoneNumber
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();
    private static readonly char[] Dashes = ['ー', '‐', '−', '―', '－', '–', '—', 'ｰ'];

    public sealed record Parsed(string E164, string Masked);

    /// <summary>The number as E.164 and masked, or the field error key.</summary>
    public static (Parsed? Number, string? Error) Parse(string? input, PhoneChannel channel)
    {
        if (string.IsNullOrWhiteSpace(input)) return (null, "phoneNumber.required");
        var text = input.Normalize(NormalizationForm.FormKC);
        foreach (var dash in Dashes) text = text.Replace(dash, '-');
        text = text.Trim();
        if (text.Length > 30 || text.Any(c => !(char.IsAsciiDigit(c) || c is '+' or '-' or ' ' or '(' or ')')))
        {
            return (null, "phoneNumber.invalid");
        }

        PhoneNumber number;
        try
        {
            number = Util.Parse(text, "JP");
        }
        catch (NumberParseException)
        {
            return (null, "phoneNumber.invalid");
        }
        if (number.CountryCode != 81 || !Util.IsValidNumberForRegion(number, "JP")) return (null, "phoneNumber.invalid");

        var type = Util.GetNumberType(number);
        var mobile = type is PhoneNumberType.MOBILE or PhoneNumberType.FIXED_LINE_OR_MOBILE;
        var fixedLine = type is PhoneNumberType.FIXED_LINE or PhoneNumberType.FIXED_LINE_OR_MOBILE;
        if (channel == PhoneChannel.Sms && !mobile) return (null, "phoneNumber.not_mobile");
        if (channel == PhoneChannel.Voice && !mobile && !fixedLine) return (null, "phoneNumber.not_callable");

        return (new Parsed(Util.Format(number, PhoneNumberFormat.E164), Mask(number)), null);
    }

    /// <summary>How the member chose to get the code: <c>sms</c> or <c>voice</c>, any case; null for anything else.</summary>
    public static PhoneChannel? ChannelOf(string? channel) => channel?.Trim().ToLowerInvariant() switch
    {
        "sms" => PhoneChannel.Sms,
        "voice" => PhoneChannel.Voice,
        _ => null,
    };

    /// <summary>A typed number and channel as a phone-code request has them: the number, or each field's error key.</summary>
    public static (Parsed? Number, Dictionary<string, string> Errors) ParseRequest(string? phoneNumber, string? channelName)
    {
        var errors = new Dictionary<string, string>();
        var channel = ChannelOf(channelName);
        if (channel is null) errors["channel"] = string.IsNullOrWhiteSpace(channelName) ? "channel.required" : "channel.invalid";
        var (number, phoneError) = Parse(phoneNumber, channel ?? PhoneChannel.Voice);
        if (phoneError is not null) errors["phoneNumber"] = phoneError;
        return (number, errors);
    }

    /// <summary>A stored E.164 number, masked as <see cref="Mask(PhoneNumber)"/> does; null for none.</summary>
    public static string? MaskE164(string? e164) => string.IsNullOrEmpty(e164) ? null : Mask(Util.Parse(e164, "JP"));

    /// <summary>The national form with the middle group hidden: 090-****-5678.</summary>
    public static string Mask(PhoneNumber number)
    {
        var groups = Util.Format(number, PhoneNumberFormat.NATIONAL).Split('-');
        if (groups.Length < 3) return new string('*', Math.Max(0, groups[0].Length - 4)) + groups[0][^Math.Min(4, groups[0].Length)..];
        for (var i = 1; i < groups.Length - 1; i++) groups[i] = new string('*', groups[i].Length);
        return string.Join('-', groups);
    }
}
