using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Onboarding.Gateway.Membership;

namespace Onboarding.Gateway.Step1;

public static class Step1Registration
{
    /// <summary>What the STEP 1 pages need: the membership client, the protected state cookies and the messages.</summary>
    public static IHostApplicationBuilder AddStep1(this IHostApplicationBuilder builder)
    {
        builder.AddMembershipClient();
        // Several gateway replicas must share one key ring to read each other's cookies; where it is kept
        // (a mounted volume, a database) is deployment configuration on top of this.
        builder.Services.AddDataProtection().SetApplicationName("Onboarding.Gateway");
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<Step1State>();
        builder.Services.AddScoped<Step1Messages>();
        return builder;
    }
}
