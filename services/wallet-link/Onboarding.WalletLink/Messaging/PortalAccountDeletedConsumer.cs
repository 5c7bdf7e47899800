using MassTransit;
using Onboarding.Contracts.Events;
using Onboarding.WalletLink.Application;
using Onboarding.WalletLink.Domain;

namespace Onboarding.WalletLink.Messaging;

/// <summary>
/// The backstop for a deleted portal account: the gateway unlinks the wallet before asking for the deletion, but a link
/// finished in another browser at that moment, or a deletion asked for some other way, must not leave the provider's
/// tokens here. Unlinks as the member would (tokens revoked at the provider, <c>WalletUnlinked</c> published); nothing
/// linked is nothing to do, so a redelivery is harmless. A provider that cannot be reached throws, and the message
/// waits for its retries and delayed redeliveries (architecture §4.4) instead of keeping tokens of a deleted account.
/// </summary>
public sealed partial class PortalAccountDeletedConsumer(WalletUnlinker unlinker, ILogger<PortalAccountDeletedConsumer> logger)
    : IConsumer<PortalAccountDeleted>
{
    public const string QueueName = "wallet-link-portal-account-deleted";

    public async Task Consume(ConsumeContext<PortalAccountDeleted> context)
    {
        var memberId = context.Message.MemberId;
        var result = await unlinker.UnlinkAsync(memberId, UnlinkReasons.AccountDeleted, context.CancellationToken);
        if (result == WalletUnlinker.Result.ProviderUnavailable)
        {
            throw new InvalidOperationException($"The wallet provider could not be reached to unlink member {memberId} after the portal account's deletion.");
        }
        if (result == WalletUnlinker.Result.Unlinked) LogUnlinked(logger, memberId);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Wallet of member {MemberId} unlinked after the portal account's deletion")]
    private static partial void LogUnlinked(ILogger logger, Guid memberId);
}
