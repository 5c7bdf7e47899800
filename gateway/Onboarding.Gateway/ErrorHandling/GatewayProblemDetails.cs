using Onboarding.Gateway.Localization;

namespace Onboarding.Gateway.ErrorHandling;

/// <summary>
/// Problem details the gateway writes itself (unknown <c>/api</c> path, a service that cannot be reached,
/// an unhandled exception) get a stable <c>code</c> and a localised title, like the services' own (docs/architecture.md §7).
/// </summary>
public static class GatewayProblemDetails
{
    public static IHostApplicationBuilder AddGatewayProblemDetails(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.Configure<ProblemDetailsOptions>(options =>
        {
            var earlier = options.CustomizeProblemDetails;
            options.CustomizeProblemDetails = context =>
            {
                // First: the service defaults name every other status, and leave a named problem alone.
                Localize(context);
                earlier?.Invoke(context);
            };
        });
        return builder;
    }

    private static void Localize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        // A problem that already carries a code was written on purpose (e.g. the 429 of the rate limiter).
        if (problem.Extensions.ContainsKey("code"))
        {
            return;
        }

        var text = UiLanguage.For(context.HttpContext);
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        switch (status)
        {
            case StatusCodes.Status404NotFound:
                problem.Extensions["code"] = "not_found";
                problem.Title = text[UiText.ProblemNotFoundTitle];
                break;
            case StatusCodes.Status502BadGateway or StatusCodes.Status503ServiceUnavailable or StatusCodes.Status504GatewayTimeout:
                problem.Extensions["code"] = "service_unavailable";
                problem.Title = text[UiText.ProblemServiceUnavailableTitle];
                break;
        }
    }
}
