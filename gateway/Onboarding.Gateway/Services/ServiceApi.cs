using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Onboarding.Gateway.Services;

/// <summary>
/// One of our services' member-facing APIs, called server-side by the pages. Every request carries the language the
/// UI is showing as <c>Accept-Language</c>, so the service's messages come back in the member's language. Answers are
/// never thrown: a page gets the value or a <see cref="ServiceProblem"/> (the problem shape of docs/architecture.md §7 every service
/// shares) to show.
/// </summary>
public sealed partial class ServiceApi(HttpClient http, ILogger logger, string service)
{
    /// <summary>
    /// Sends one request in the member's language. <paramref name="withoutBody"/>, when given, is the success value and
    /// the answer's body is not read (for answers that must not travel further, such as a saved password).
    /// A <paramref name="body"/> that is already <see cref="HttpContent"/> (a form) is sent as it is, anything else as
    /// JSON; <paramref name="bearerToken"/> is the member's access token for the APIs that act as the member.
    /// </summary>
    public async Task<ServiceResult<T>> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken cancellationToken,
        Func<T>? withoutBody = null, string? bearerToken = null)
        where T : class
    {
        using var request = new HttpRequestMessage(method, path);
        request.Content = body switch
        {
            null => null,
            HttpContent content => content,
            _ => JsonContent.Create(body, options: JsonSerializerOptions.Web),
        };
        if (bearerToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        }
        // The request's culture, as chosen by the localization middleware (the switch's cookie wins over the browser).
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/problem+json"));

        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                if (withoutBody is not null)
                {
                    return ServiceResult<T>.Success(withoutBody());
                }
                var value = await response.Content.ReadFromJsonAsync<T>(JsonSerializerOptions.Web, cancellationToken);
                if (value is not null)
                {
                    return ServiceResult<T>.Success(value);
                }
                LogUnexpectedAnswer(logger, service, method.Method, Template(path), (int)response.StatusCode);
                return ServiceResult<T>.Failure(ServiceProblem.Unavailable(StatusCodes.Status502BadGateway));
            }
            return ServiceResult<T>.Failure(await ReadProblemAsync(response, method, path, cancellationToken));
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Unreachable, timed out, circuit open, or an answer that is not JSON: the page says "try again later".
            LogUnreachable(logger, exception, service, method.Method, Template(path));
            return ServiceResult<T>.Failure(ServiceProblem.Unavailable(StatusCodes.Status503ServiceUnavailable));
        }
    }

    private async Task<ServiceProblem> ReadProblemAsync(HttpResponseMessage response, HttpMethod method, string path, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (status == StatusCodes.Status401Unauthorized && response.Content.Headers.ContentType?.MediaType is not "application/problem+json")
        {
            // An expired or revoked bearer token: routine (the caller renews it), so not worth a warning.
            return ServiceProblem.Unavailable(status);
        }
        if (response.Content.Headers.ContentType?.MediaType is not ("application/problem+json" or "application/json"))
        {
            LogUnexpectedAnswer(logger, service, method.Method, Template(path), status);
            return ServiceProblem.Unavailable(status);
        }

        using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        var root = document.RootElement;
        var code = String(root, "code");
        if (code is null)
        {
            LogUnexpectedAnswer(logger, service, method.Method, Template(path), status);
            return ServiceProblem.Unavailable(status);
        }

        var fieldErrors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in errors.EnumerateObject())
            {
                var message = field.Value.ValueKind switch
                {
                    JsonValueKind.Array => field.Value.EnumerateArray().Select(m => m.GetString()).FirstOrDefault(m => !string.IsNullOrWhiteSpace(m)),
                    JsonValueKind.String => field.Value.GetString(),
                    _ => null,
                };
                if (message is not null)
                {
                    fieldErrors[field.Name] = message;
                }
            }
        }

        var retryAfter = Int(root, "retryAfterSeconds");
        if (retryAfter is null && response.Headers.RetryAfter?.Delta is { } delta)
        {
            retryAfter = (int)Math.Ceiling(delta.TotalSeconds);
        }
        return new ServiceProblem(status, code, String(root, "title"), fieldErrors, Int(root, "attemptsRemaining"), retryAfter);
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Int(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;

    /// <summary>The path with ids taken out, so logs carry no identifiers a member could be traced by.</summary>
    private static string Template(string path) =>
        string.Join('/', path.Split('/').Select(segment => Guid.TryParse(segment, out _) ? "{id}" : segment));

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Service} {Method} {Path} could not be completed")]
    private static partial void LogUnreachable(ILogger logger, Exception exception, string service, string method, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Service} {Method} {Path} answered {Status} without a usable body")]
    private static partial void LogUnexpectedAnswer(ILogger logger, string service, string method, string path, int status);
}


/// <summary>Registers a typed client for one service's API, with the POST-safe resilience pipeline.</summary>
public static class ServiceApiRegistration
{
    /// <param name="baseAddressKey">Overrides the service-discovery address, e.g. to point a test at a fake.</param>
    public static IHostApplicationBuilder AddServiceApiClient<TClient>(this IHostApplicationBuilder builder, string name,
        string baseAddressKey, string defaultBaseAddress)
        where TClient : class
    {
        // The service defaults give every client the standard resilience pipeline. Two of its defaults are wrong here:
        // retrying a POST could count an attempt twice or send a second code, and a 429 is an answer for the member
        // (locked, wait before resending), not an overloaded server to retry or trip the breaker on. The defaults'
        // options are shared by every client (they are registered before any client has a name), so these clients get
        // their own pipeline instead. RemoveAllResilienceHandlers is the documented way to do that; it is marked
        // experimental, and the package version is pinned centrally.
#pragma warning disable EXTEXP0001
        builder.Services.AddHttpClient<TClient>(name, (services, client) =>
            {
                var configured = services.GetRequiredService<IConfiguration>()[baseAddressKey];
                client.BaseAddress = new Uri(string.IsNullOrWhiteSpace(configured) ? defaultBaseAddress : configured);
            })
            .AddHttpMessageHandler<ClientAddressForwarding>()
            .RemoveAllResilienceHandlers()
            .AddStandardResilienceHandler(options =>
            {
                options.Retry.ShouldHandle = args => ValueTask.FromResult(IsTransientFailure(args.Outcome));
                options.Retry.DisableForUnsafeHttpMethods();
                options.CircuitBreaker.ShouldHandle = args => ValueTask.FromResult(IsTransientFailure(args.Outcome));
            });
#pragma warning restore EXTEXP0001
        builder.Services.AddHttpContextAccessor();
        builder.Services.TryAddTransient<ClientAddressForwarding>();
        return builder;
    }

    private static bool IsTransientFailure(Outcome<HttpResponseMessage> outcome) =>
        outcome.Result?.StatusCode != HttpStatusCode.TooManyRequests
        && HttpClientResiliencePredicates.IsTransient(outcome);
}
