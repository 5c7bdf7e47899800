using Onboarding.Messaging;
using Onboarding.IdentityPortal.Infrastructure;

namespace Onboarding.IdentityPortal.Extensions;

public static class ApplicationServiceExtensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IdentityDbContext>("identitydb");
        builder.AddOnboardingMessaging<IdentityDbContext>();
        return builder;
    }
}
