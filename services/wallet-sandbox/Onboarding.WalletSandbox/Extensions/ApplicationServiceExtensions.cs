using Onboarding.Messaging;
using Onboarding.WalletSandbox.Infrastructure;

namespace Onboarding.WalletSandbox.Extensions;

public static class ApplicationServiceExtensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<SandboxDbContext>("sandboxdb");
        return builder;
    }
}
