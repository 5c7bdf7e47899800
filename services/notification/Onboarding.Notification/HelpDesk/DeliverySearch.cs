using Microsoft.EntityFrameworkCore;
using Onboarding.Notification.Dispatch;
using Onboarding.Notification.Infrastructure;
using Onboarding.ServiceDefaults.HelpDesk;

namespace Onboarding.Notification.HelpDesk;

/// <summary>
/// notification's part of a member's help-desk timeline (docs/architecture.md §9.9). notification knows no member,
/// only recipients: the console asks with the member's addresses and numbers, each is hashed under the recipient key
/// and looked up in the delivery log's index over <c>(recipient_hash, queued_at)</c>. Rows written before the hash
/// existed have none and are not found.
/// </summary>
public sealed class DeliverySearch(NotificationDbContext db, RecipientHasher hasher)
{
    public const int MaxRecipients = 5;
    public const int MaxDeliveries = 200;

    public const string EmailKind = "delivery.email";
    public const string SmsKind = "delivery.sms";
    public const string VoiceKind = "delivery.voice";

    /// <summary>The newest <see cref="MaxDeliveries"/> deliveries to any of the recipients, oldest first.</summary>
    public async Task<MemberTimeline> FindAsync(IReadOnlyList<RecipientAddress> recipients, CancellationToken ct)
    {
        var hashes = recipients.Select(hasher.Hash).OfType<byte[]>().ToList();
        var newest = await db.Deliveries.AsNoTracking()
            .Where(d => d.RecipientHash != null && hashes.Contains(d.RecipientHash))
            .OrderByDescending(d => d.QueuedAt).ThenByDescending(d => d.Id)
            .Take(MaxDeliveries)
            .ToListAsync(ct);
        return new MemberTimeline(newest.AsEnumerable().Reverse().Select(Entry).ToList());
    }

    /// <summary>What the log holds, already without any full address (the failure reason was masked when written).</summary>
    private static MemberTimelineEntry Entry(Delivery delivery)
    {
        var facts = new Dictionary<string, string>
        {
            ["template"] = delivery.Template,
            ["status"] = delivery.Status.ToString().ToLowerInvariant(),
            ["attempts"] = delivery.Attempts.ToString(),
            ["recipient"] = delivery.RecipientMasked,
        };
        if (delivery.SentAt is { } sent) facts["sentAt"] = sent.ToString("O");
        if (delivery.FailureReason is { } reason) facts["failureReason"] = reason;
        if (delivery.ProviderStatus is { } status) facts["providerStatus"] = status;
        if (delivery.ProviderErrorCode is { } error) facts["providerErrorCode"] = error.ToString();
        var kind = delivery.Channel switch
        {
            DeliveryChannel.Email => EmailKind,
            DeliveryChannel.Sms => SmsKind,
            _ => VoiceKind,
        };
        return new MemberTimelineEntry(delivery.QueuedAt, kind, facts);
    }
}
