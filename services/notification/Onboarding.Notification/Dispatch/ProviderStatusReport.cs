using Onboarding.Notification.Infrastructure;

namespace Onboarding.Notification.Dispatch;

/// <summary>
/// A phone provider's report on a message it accepted (e.g. a Twilio status callback, already verified).
/// <paramref name="RankOf"/> orders the provider's statuses by stage, so an earlier one never overwrites a later one.
/// </summary>
public sealed record ProviderStatusReport(
    DeliveryChannel Channel, string ProviderMessageId, string Status, int? ErrorCode, Func<string?, int> RankOf)
{
    public int Rank => RankOf(Status);
}

public enum ProviderStatusOutcome
{
    Recorded,
    /// <summary>An earlier stage than the one recorded: ignored.</summary>
    Stale,
    NotFound,
    /// <summary>A call's status for an SMS, or the other way round.</summary>
    WrongChannel,
    /// <summary>The row already belongs to another provider message.</summary>
    OtherMessage,
}
