using Onboarding.Gateway.Portal;

namespace Onboarding.Gateway.Pages.Step2;

public static class Step2Registration
{
    /// <summary>What the STEP 2 pages need: the identity-portal client and the protected sign-up cookie.</summary>
    public static IHostApplicationBuilder AddStep2(this IHostApplicationBuilder builder)
    {
        builder.AddPortalClient();
        builder.Services.AddScoped<Step2State>();
        return builder;
    }
}
