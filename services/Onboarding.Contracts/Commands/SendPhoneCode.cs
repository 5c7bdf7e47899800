using System.Text.Json.Serialization;

namespace Onboarding.Contracts.Commands;

/// <summary>
/// STEP 2: deliver a 6-digit phone verification code by SMS, or by a voice call that reads it digit by digit.
/// </summary>
public sealed record SendPhoneCode(
    Guid VerificationId,
    string PhoneNumberE164,
    string Code,
    PhoneChannel Channel,
    DateTimeOffset ExpiresAt,
    string Culture);

[JsonConverter(typeof(JsonStringEnumConverter<PhoneChannel>))]
public enum PhoneChannel
{
    Sms,
    Voice,
}
