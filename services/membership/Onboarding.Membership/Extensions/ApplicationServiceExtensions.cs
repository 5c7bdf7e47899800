using Onboarding.Membership.Infrastructure;
using Onboarding.Messaging;

namespace Onboarding.Membership.Extensions;

public static class ApplicationServiceExtensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<MembershipDbContext>("membershipdb");
        builder.AddOnboardingMessaging<MembershipDbContext>();
        return builder;
    }
}
