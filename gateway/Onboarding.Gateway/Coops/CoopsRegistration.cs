using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Onboarding.Gateway.Coops;

public static class CoopsRegistration
{
    /// <summary>
    /// The co-op directory (<c>Coops:Directory</c>, checked at start: a malformed entry stops the gateway with the
    /// list of problems), the member's own co-op for the help text, and the mypage hook that learns it.
    /// </summary>
    public static IHostApplicationBuilder AddCoops(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CoopDirectoryOptions>()
            .Bind(builder.Configuration.GetSection(CoopDirectoryOptions.SectionName))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<CoopDirectoryOptions>, CoopDirectoryValidation>();
        builder.Services.AddSingleton<CoopDirectory>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<MemberCoopStore>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<MemberCoop>();
        builder.Services.AddScoped<MemberCoopCapture>();
        builder.Services.Configure<MvcOptions>(options => options.Filters.AddService<MemberCoopCapture>());
        return builder;
    }
}
