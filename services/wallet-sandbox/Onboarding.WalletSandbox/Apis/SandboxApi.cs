using Microsoft.AspNetCore.Http.HttpResults;
using Onboarding.WalletSandbox.Application;
using Onboarding.WalletSandbox.Domain;

namespace Onboarding.WalletSandbox.Apis;

/// <summary>Operator controls that only the sandbox has: fault injection and the phone-code sink.</summary>
public static class SandboxApi
{
    public static IEndpointRouteBuilder MapSandboxApi(this IEndpointRouteBuilder app)
    {
        var sandbox = app.MapGroup("/sandbox").RequireOperatorKey();
        sandbox.MapGet("/faults", (FaultInjector faults) => TypedResults.Ok(faults.Current));
        sandbox.MapPut("/faults", PutFaults);
        sandbox.MapDelete("/faults", (FaultInjector faults) =>
        {
            faults.Replace(FaultSettings.None);
            return TypedResults.NoContent();
        });
        sandbox.MapGet("/messages", GetMessages);
        return app;
    }

    private static Results<Ok<FaultSettings>, ValidationProblem> PutFaults(FaultSettings settings, FaultInjector faults)
    {
        settings.StatusCodes ??= [];
        if (settings.Problem() is { } problem)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [problem.Field] = [problem.Message] });
        }
        faults.Replace(settings);
        return TypedResults.Ok(settings);
    }

    /// <summary>The codes the sandbox would have texted to a phone number, newest first.</summary>
    private static Results<Ok<IReadOnlyList<SandboxTextMessage>>, ValidationProblem> GetMessages(string? to, PhoneMessageSink sink)
    {
        if (WalletContact.Parse(to) is not { IsEmail: false } phone)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["to"] = ["must be a Japanese phone number"] });
        }
        return TypedResults.Ok(sink.To(phone.Value));
    }
}
