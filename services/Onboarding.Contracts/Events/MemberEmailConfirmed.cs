using System.Text.Json.Serialization;

namespace Onboarding.Contracts.Events;

/// <summary>STEP 1 done: the member confirmed this e-mail address with a passcode.</summary>
public sealed record MemberEmailConfirmed(
    Guid MemberId,
    string MemberNumber,
    string Email,
    EmailConfirmationKind How,
    DateTimeOffset ConfirmedAt);

/// <summary>Whether STEP 1 confirmed the address already on file or registered a new one. Sent as its name.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EmailConfirmationKind>))]
public enum EmailConfirmationKind
{
    RegisteredAddress,
    NewAddress,
}
