using Microsoft.Extensions.DependencyInjection.Extensions;
using Onboarding.Gateway.Forms;
using Onboarding.Gateway.Membership;

namespace Onboarding.Gateway.Pages.Step1;

public static class Step1Registration
{
    /// <summary>What the STEP 1 pages need: the membership client, the protected state cookies and the messages.</summary>
    public static IHostApplicationBuilder AddStep1(this IHostApplicationBuilder builder)
    {
        builder.AddMembershipClient();
        // The cookies are protected with the key ring every replica shares (KeyRing/KeyRingRegistration.cs).
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<Step1State>();
        builder.Services.AddScoped<ProblemMessages>();
        return builder;
    }
}
