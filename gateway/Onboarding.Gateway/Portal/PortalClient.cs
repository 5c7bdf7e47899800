using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Http.Resilience;
using Onboarding.Gateway.Membership;
using Polly;

namespace Onboarding.Gateway.Portal;

// The shapes of identity-portal's STEP 2 sign-up API (ARCHITECTURE §7), as the gateway reads them.

public sealed record SignupStarted(Guid SignupId, DateTimeOffset ExpiresAt, DateTimeOffset CodeExpiresAt, DateTimeOffset ResendAvailableAt);

public sealed record EmailVerified(Guid SignupId, string Email, DateTimeOffset EmailVerifiedAt);

public sealed record ProfileSaved;

public sealed record PhoneCodeSent(string SentTo, DateTimeOffset ExpiresAt, DateTimeOffset ResendAvailableAt);

public sealed record AccountCreated(Guid AccountId);

/// <summary>How the phone code is delivered: <c>sms</c> (コードの送信) or <c>voice</c> (電話する).</summary>
public static class PhoneChannels
{
    public const string Sms = "sms";
    public const string Voice = "voice";
}

/// <summary>The stable problem codes of the sign-up API the STEP 2 pages react to.</summary>
public static class PortalProblemCodes
{
    public const string Step1NotCompleted = "step1_not_completed";
    public const string AccountExists = "account_exists";
    public const string SignupNotFound = "signup_not_found";
    public const string SignupExpired = "signup_expired";
    public const string InvalidCode = "invalid_code";
    public const string CodeExpired = "code_expired";
    public const string CodeLocked = "code_locked";
    public const string CodeUsed = "code_used";
    public const string CodeSuperseded = "code_superseded";
    public const string EmailNotVerified = "email_not_verified";
    public const string ProfileNotSet = "profile_not_set";
    public const string PhoneCodeNotSent = "phone_code_not_sent";
}

/// <summary>
/// identity-portal's sign-up API, called server-side by the STEP 2 pages, in the member's language. Its problem
/// documents have the same shape as membership's, so they are read into the same <see cref="MembershipProblem"/>
/// and shown by the same message mapping. Answers are never thrown.
/// </summary>
public sealed partial class PortalClient(HttpClient http, ILogger<PortalClient> logger)
{
    public Task<MembershipResult<SignupStarted>> StartSignupAsync(string? email, CancellationToken cancellationToken) =>
        SendAsync<SignupStarted>(HttpMethod.Post, "/api/portal/signups", new { email }, cancellationToken);

    public Task<MembershipResult<SignupStarted>> ResendCodeAsync(Guid signupId, CancellationToken cancellationToken) =>
        SendAsync<SignupStarted>(HttpMethod.Post, $"/api/portal/signups/{signupId}/email-code", null, cancellationToken);

    public Task<MembershipResult<EmailVerified>> VerifyEmailAsync(Guid signupId, string? code, CancellationToken cancellationToken) =>
        SendAsync<EmailVerified>(HttpMethod.Post, $"/api/portal/signups/{signupId}/email-verification", new { code }, cancellationToken);

    /// <summary>Sets the password and name; the password goes to the service only and is never kept by the gateway.</summary>
    public Task<MembershipResult<ProfileSaved>> SetProfileAsync(Guid signupId, string? password, string? passwordConfirmation, string? familyName, string? givenName, CancellationToken cancellationToken) =>
        SendAsync<ProfileSaved>(HttpMethod.Post, $"/api/portal/signups/{signupId}/profile", new { password, passwordConfirmation, familyName, givenName }, cancellationToken);

    public Task<MembershipResult<PhoneCodeSent>> SendPhoneCodeAsync(Guid signupId, string? phoneNumber, string channel, CancellationToken cancellationToken) =>
        SendAsync<PhoneCodeSent>(HttpMethod.Post, $"/api/portal/signups/{signupId}/phone", new { phoneNumber, channel }, cancellationToken);

    public Task<MembershipResult<AccountCreated>> VerifyPhoneAsync(Guid signupId, string? code, CancellationToken cancellationToken) =>
        SendAsync<AccountCreated>(HttpMethod.Post, $"/api/portal/signups/{signupId}/phone-verification", new { code }, cancellationToken);

    private async Task<MembershipResult<T>> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
        where T : class
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: JsonSerializerOptions.Web);
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
                if (typeof(T) == typeof(ProfileSaved))
                {
                    // Whatever the body, the profile is set; nothing of it (least of all the password) is read back.
                    return MembershipResult<T>.Success((T)(object)new ProfileSaved());
                }
                var value = await response.Content.ReadFromJsonAsync<T>(JsonSerializerOptions.Web, cancellationToken);
                if (value is not null)
                {
                    return MembershipResult<T>.Success(value);
                }
                LogUnexpectedAnswer(logger, method.Method, Template(path), (int)response.StatusCode);
                return MembershipResult<T>.Failure(MembershipProblem.Unavailable(StatusCodes.Status502BadGateway));
            }
            return MembershipResult<T>.Failure(await ReadProblemAsync(response, method, path, cancellationToken));
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Unreachable, timed out, circuit open, or an answer that is not JSON: the page says "try again later".
            LogUnreachable(logger, exception, method.Method, Template(path));
            return MembershipResult<T>.Failure(MembershipProblem.Unavailable(StatusCodes.Status503ServiceUnavailable));
        }
    }

    private async Task<MembershipProblem> ReadProblemAsync(HttpResponseMessage response, HttpMethod method, string path, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (response.Content.Headers.ContentType?.MediaType is not ("application/problem+json" or "application/json"))
        {
            LogUnexpectedAnswer(logger, method.Method, Template(path), status);
            return MembershipProblem.Unavailable(status);
        }

        using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        var root = document.RootElement;
        var code = String(root, "code");
        if (code is null)
        {
            LogUnexpectedAnswer(logger, method.Method, Template(path), status);
            return MembershipProblem.Unavailable(status);
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
        return new MembershipProblem(status, code, String(root, "title"), fieldErrors, Int(root, "attemptsRemaining"), retryAfter);
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Int(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;

    /// <summary>The path with ids taken out, so logs carry no identifiers a member could be traced by.</summary>
    private static string Template(string path) =>
        string.Join('/', path.Split('/').Select(segment => Guid.TryParse(segment, out _) ? "{id}" : segment));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Identity portal {Method} {Path} could not be completed")]
    private static partial void LogUnreachable(ILogger logger, Exception exception, string method, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Identity portal {Method} {Path} answered {Status} without a usable body")]
    private static partial void LogUnexpectedAnswer(ILogger logger, string method, string path, int status);
}

/// <summary>Registers <see cref="PortalClient"/>, with the same POST-safe resilience pipeline as the membership client.</summary>
public static class PortalClientRegistration
{
    public const string HttpClientName = "identity-portal";

    /// <summary>Overrides the service-discovery address <c>http://identity-portal</c>, e.g. to point a test at a fake.</summary>
    public const string BaseAddressKey = "Services:IdentityPortal";

    public const string DefaultBaseAddress = "http://identity-portal";

    public static IHostApplicationBuilder AddPortalClient(this IHostApplicationBuilder builder)
    {
        // As for membership: never retry a POST (a second code mail), and a 429 is an answer for the member.
#pragma warning disable EXTEXP0001
        builder.Services.AddHttpClient<PortalClient>(HttpClientName, (services, client) =>
            {
                var configured = services.GetRequiredService<IConfiguration>()[BaseAddressKey];
                client.BaseAddress = new Uri(string.IsNullOrWhiteSpace(configured) ? DefaultBaseAddress : configured);
            })
            .RemoveAllResilienceHandlers()
            .AddStandardResilienceHandler(options =>
            {
                options.Retry.ShouldHandle = args => ValueTask.FromResult(IsTransientFailure(args.Outcome));
                options.Retry.DisableForUnsafeHttpMethods();
                options.CircuitBreaker.ShouldHandle = args => ValueTask.FromResult(IsTransientFailure(args.Outcome));
            });
#pragma warning restore EXTEXP0001
        return builder;
    }

    private static bool IsTransientFailure(Outcome<HttpResponseMessage> outcome) =>
        outcome.Result?.StatusCode != HttpStatusCode.TooManyRequests
        && HttpClientResiliencePredicates.IsTransient(outcome);
}
