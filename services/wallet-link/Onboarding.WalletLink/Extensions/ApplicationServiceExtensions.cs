using Onboarding.Messaging;
using Onboarding.WalletLink.Infrastructure;

namespace Onboarding.WalletLink.Extensions;

public static class ApplicationServiceExtensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<WalletDbContext>("walletdb");
        builder.AddOnboardingMessaging<WalletDbContext>();
        return builder;
    }
}
