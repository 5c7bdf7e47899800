using Microsoft.AspNetCore.DataProtection;
using Onboarding.ServiceDefaults.KeyEncryption;
using Onboarding.Messaging;
using Onboarding.Messaging.Retention;
using Onboarding.WalletLink.Application;
using Onboarding.WalletLink.Domain;
using Onboarding.WalletLink.HelpDesk;
using Onboarding.WalletLink.Infrastructure;
using Onboarding.WalletLink.Messaging;
using Onboarding.WalletLink.Provider;

namespace Onboarding.WalletLink.Extensions;

public static class ApplicationServiceExtensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<WalletDbContext>("walletdb");
        // A queue of wallet-link's own, so other subscribers to the event never compete with it.
        builder.AddOnboardingMessaging<WalletDbContext>(bus =>
            bus.AddConsumer<PortalAccountDeletedConsumer>().Endpoint(endpoint => endpoint.Name = PortalAccountDeletedConsumer.QueueName));
        builder.AddRetention<WalletDbContext>(rules => rules
            // Used or not, an attempt serves no callback once expired; kept a little longer so that a late callback
            // hears "expired" rather than "unknown".
            .Prune<LinkAttempt>("link_attempts", Retention.AfterExpiry, at => a => a.ExpiresAt < at.Cutoff)
            .Prune<LinkHistoryEntry>("link_history", LinkHistoryEntry.Keep, at => e => e.At < at.Cutoff));
        builder.AddPortalTokenValidation(audience: "wallet-link");
        builder.AddWalletProvider();
        // One key ring for every replica, in this service's database, sealed under a key that is not in the database
        // (KeyEncryption:Key), so a copy of walletdb alone opens neither the ring nor the provider tokens it protects.
        builder.Services.AddDataProtection()
            .SetApplicationName("onboarding-wallet-link")
            .PersistKeysToDbContext<WalletDbContext>()
            .CreateKeysOnceAcrossReplicas<WalletDbContext>()
            .ProtectKeysWithKeyEncryptionKey();
        builder.Services.AddSingleton<ProviderTokenProtector>();
        builder.Services.AddSingleton<WalletMetrics>();
        builder.Services.AddScoped<WalletLinker>();
        builder.Services.AddScoped<LinkedWalletAccess>();
        builder.Services.AddScoped<WalletOverview>();
        builder.Services.AddScoped<WalletUnlinker>();
        builder.Services.AddScoped<MemberTimelineReader>();
        return builder;
    }
}
