extern alias portal;

using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Onboarding.Contracts;
using Onboarding.Contracts.Commands;
using portal::Onboarding.IdentityPortal.Domain;

namespace Onboarding.Gateway.Tests.Infrastructure;

/// <summary>
/// A stand-in for identity-portal's STEP 2 sign-up API on a real port, mirroring <see cref="FakeMembership"/>: the
/// same paths, bodies and problem documents, with the service's own wording (<see cref="ServiceText"/>) and its own
/// domain rules (address, code, password, name and phone checks; codes' attempts, expiry and cooldown) kept in memory.
/// What stays the fake's own: which addresses STEP 1 confirmed and which have accounts (tests set them), and no daily
/// caps. It keeps the codes it "mailed" and every request, and can be told to answer one request with anything
/// (<see cref="RespondOnce"/>).
/// </summary>
public sealed partial class FakeIdentityPortal : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly object _gate = new();
    // One entry per mailbox, as identity-portal compares addresses (MailboxAddress: case-insensitive).
    private readonly HashSet<string> _confirmed = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _accounts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<Guid, Signup> _signups = [];
    private readonly List<(string Method, string Suffix, int Status, object? Body)> _scripted = [];

    private FakeIdentityPortal(WebApplication app) => _app = app;

    public Uri BaseAddress => new(_app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    public ConcurrentQueue<SentPasscode> Mail { get; } = new();

    /// <summary>Codes "sent" to phones, by SMS or voice call.</summary>
    public ConcurrentQueue<SentPhoneCode> PhoneCodes { get; } = new();

    public SentPhoneCode LastPhoneCode => PhoneCodes.LastOrDefault() ?? throw new InvalidOperationException("No phone code was sent.");

    public SentPasscode LastMail => Mail.LastOrDefault() ?? throw new InvalidOperationException("No code was sent.");

    public static async Task<FakeIdentityPortal> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeIdentityPortal(app);
        fake.Reset();
        app.Run(fake.HandleAsync);
        await app.StartAsync();
        return fake;
    }

    /// <summary>Forgets everything; member 1's address counts as confirmed in STEP 1.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _confirmed.Clear();
            _confirmed.Add(FakeMembership.Member1Email);
            _accounts.Clear();
            _signups.Clear();
            _scripted.Clear();
            ResetSignIns();
        }
        Requests.Clear();
        Mail.Clear();
        PhoneCodes.Clear();
    }

    public void ConfirmInStep1(string email)
    {
        lock (_gate) _confirmed.Add(email);
    }

    public void AddAccount(string email)
    {
        lock (_gate) _accounts.Add(email);
    }

    public void AllowResendNow()
    {
        lock (_gate)
        {
            foreach (var signup in _signups.Values) signup.EmailCode.MovePast(signup.EmailCode.Rule.ResendAvailableAt);
        }
    }

    public void AllowPhoneResendNow()
    {
        lock (_gate)
        {
            foreach (var signup in _signups.Values) signup.PhoneCode?.MovePast(signup.PhoneCode.Rule.ResendAvailableAt);
        }
    }

    public void ExpireCodes()
    {
        lock (_gate)
        {
            foreach (var signup in _signups.Values) signup.EmailCode.MovePast(signup.EmailCode.Rule.ExpiresAt);
        }
    }

    public void RespondOnce(string method, string pathSuffix, int status, object? body = null)
    {
        lock (_gate) _scripted.Add((method, pathSuffix, status, body));
    }

    public IEnumerable<ReceivedRequest> RequestsTo(string method, string pathSuffix) =>
        Requests.Where(r => r.Method == method && r.Path.EndsWith(pathSuffix, StringComparison.Ordinal));

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var body = await new StreamReader(request.Body).ReadToEndAsync();
        var received = new ReceivedRequest(request.Method, request.Path.Value ?? "", request.Headers.AcceptLanguage.ToString(), body);
        Requests.Enqueue(received);
        var culture = ServiceText.CultureOf(received.AcceptLanguage);
        // The OAuth token endpoint takes a form, everything else JSON.
        var isJson = request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true;
        JsonElement json = body.Length > 0 && isJson ? JsonDocument.Parse(body).RootElement.Clone() : default;
        var form = isJson ? [] : Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(body).ToDictionary(pair => pair.Key, pair => pair.Value.ToString());

        (int Status, object? Body) answer;
        lock (_gate)
        {
            var index = _scripted.FindIndex(s => s.Method == received.Method && received.Path.EndsWith(s.Suffix, StringComparison.Ordinal));
            if (index >= 0)
            {
                var scripted = _scripted[index];
                _scripted.RemoveAt(index);
                answer = (scripted.Status, scripted.Body);
            }
            else
            {
                answer = Route(received.Method, received.Path.Split('/', StringSplitOptions.RemoveEmptyEntries), json, form, culture);
            }
        }

        context.Response.StatusCode = answer.Status;
        if (answer.Body is JsonObject problem)
        {
            if (problem["retryAfterSeconds"] is { } retry) context.Response.Headers.RetryAfter = retry.ToString();
            context.Response.ContentType = "application/problem+json";
            await context.Response.WriteAsync(problem.ToJsonString());
        }
        else if (answer.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(JsonSerializer.Serialize(answer.Body, JsonSerializerOptions.Web));
        }
    }

    private (int, object?) Route(string method, string[] segments, JsonElement body, Dictionary<string, string> form, string culture) => (method, segments) switch
    {
        ("POST", ["api", "portal", "signups"]) => Start(body, culture),
        ("POST", ["api", "portal", "signups", var id, "email-code"]) when Guid.TryParse(id, out var signupId) => Resend(signupId, culture),
        ("POST", ["api", "portal", "signups", var id, "email-verification"]) when Guid.TryParse(id, out var signupId) => Verify(signupId, body, culture),
        ("POST", ["api", "portal", "signups", var id, "profile"]) when Guid.TryParse(id, out var signupId) => SetProfile(signupId, body, culture),
        ("POST", ["api", "portal", "signups", var id, "phone"]) when Guid.TryParse(id, out var signupId) => SendPhoneCode(signupId, body, culture),
        ("POST", ["api", "portal", "signups", var id, "phone-verification"]) when Guid.TryParse(id, out var signupId) => VerifyPhone(signupId, body, culture),
        _ => RouteSignIns(method, segments, body, form, culture),
    };

    private (int, object?) Start(JsonElement body, string culture)
    {
        var raw = String(body, "email");
        var email = EmailAddress.Normalize(raw);
        if (string.IsNullOrWhiteSpace(raw)) return Validation("email", "email.required", culture);
        if (email is null) return Validation("email", "email.invalid", culture);
        if (!_confirmed.Contains(email))
        {
            var problem = ProblemOf(409, "step1_not_completed", culture);
            problem["nextStep"] = "/step1";
            return (409, problem);
        }
        if (_accounts.Contains(email)) return (409, ProblemOf(409, "account_exists", culture));

        var signup = new Signup(Guid.NewGuid(), email) { ExpiresAt = DateTimeOffset.UtcNow + SignupFlow.Lifetime };
        _signups[signup.Id] = signup;
        IssueEmailCode(signup);
        return (201, Started(signup));
    }

    private (int, object?) Resend(Guid signupId, string culture)
    {
        if (!_signups.TryGetValue(signupId, out var signup)) return (404, ProblemOf(404, "signup_not_found", culture));
        if (TooSoon(signup.EmailCode, culture) is { } tooSoon) return tooSoon;
        IssueEmailCode(signup);
        return (202, Started(signup));
    }

    private (int, object?) Verify(Guid signupId, JsonElement body, string culture)
    {
        if (CheckCodeFormat(body, culture) is { } invalid) return invalid;
        if (!_signups.TryGetValue(signupId, out var signup)) return (404, ProblemOf(404, "signup_not_found", culture));
        if (CheckCode(signup.EmailCode, body, culture) is { } refused) return refused;
        return (200, new { signupId = signup.Id, email = signup.Email, emailVerifiedAt = DateTimeOffset.UtcNow });
    }

    private (int, object?) SetProfile(Guid signupId, JsonElement body, string culture)
    {
        if (!_signups.TryGetValue(signupId, out var signup)) return (404, ProblemOf(404, "signup_not_found", culture));
        if (signup.AccountId is not null) return (409, ProblemOf(409, "account_exists", culture));
        if (!signup.Verified) return (409, ProblemOf(409, "email_not_verified", culture));
        var errors = new Dictionary<string, string>();
        var password = String(body, "password");
        var confirmation = String(body, "passwordConfirmation");
        if (ProfileRules.CheckPassword(password, signup.Email) is { } passwordError) errors["password"] = passwordError;
        if (string.IsNullOrEmpty(confirmation)) errors["passwordConfirmation"] = "passwordConfirmation.required";
        else if (confirmation != password) errors["passwordConfirmation"] = "passwordConfirmation.mismatch";
        if (ProfileRules.CheckName("familyName", ProfileRules.NormalizeName(String(body, "familyName"))) is { } familyError) errors["familyName"] = familyError;
        if (ProfileRules.CheckName("givenName", ProfileRules.NormalizeName(String(body, "givenName"))) is { } givenError) errors["givenName"] = givenError;
        if (errors.Count > 0) return (400, ValidationOf(errors, culture));
        signup.ProfileSet = true;
        return (200, new { signupId = signup.Id, status = "profile_set" });
    }

    private (int, object?) SendPhoneCode(Guid signupId, JsonElement body, string culture)
    {
        if (!_signups.TryGetValue(signupId, out var signup)) return (404, ProblemOf(404, "signup_not_found", culture));
        if (signup.AccountId is not null) return (409, ProblemOf(409, "account_exists", culture));
        if (!signup.Verified) return (409, ProblemOf(409, "email_not_verified", culture));
        if (!signup.ProfileSet) return (409, ProblemOf(409, "profile_not_set", culture));
        var rawChannel = String(body, "channel");
        PhoneChannel? channel = rawChannel switch { "sms" => PhoneChannel.Sms, "voice" => PhoneChannel.Voice, _ => null };
        var errors = new Dictionary<string, string>();
        if (channel is null) errors["channel"] = string.IsNullOrWhiteSpace(rawChannel) ? "channel.required" : "channel.invalid";
        var (number, phoneError) = JapanesePhoneNumber.Parse(String(body, "phoneNumber"), channel ?? PhoneChannel.Voice);
        if (phoneError is not null) errors["phoneNumber"] = phoneError;
        if (errors.Count > 0) return (400, ValidationOf(errors, culture));
        if (signup.PhoneCode is { } latest && TooSoon(latest, culture) is { } tooSoon) return tooSoon;

        signup.PhoneCode?.Rule.Void();
        var (plain, hash) = NewCode();
        var code = new IssuedCode(PhoneCodeChallenge.Issue(Guid.NewGuid(), signup.Id, number!.E164, channel!.Value, hash, DateTimeOffset.UtcNow), plain);
        signup.PhoneCode = code;
        PhoneCodes.Enqueue(new SentPhoneCode(signup.Id, number.E164, rawChannel!, plain));
        return (202, new { sentTo = number.Masked, expiresAt = code.ExpiresAt, resendAvailableAt = code.ResendAvailableAt });
    }

    private (int, object?) VerifyPhone(Guid signupId, JsonElement body, string culture)
    {
        if (CheckCodeFormat(body, culture) is { } invalid) return invalid;
        if (!_signups.TryGetValue(signupId, out var signup)) return (404, ProblemOf(404, "signup_not_found", culture));
        if (signup.AccountId is not null || _accounts.Contains(signup.Email)) return (409, ProblemOf(409, "account_exists", culture));
        if (signup.PhoneCode is null) return (409, ProblemOf(409, "phone_code_not_sent", culture));
        if (CheckCode(signup.PhoneCode, body, culture) is { } refused) return refused;
        signup.AccountId = Guid.NewGuid();
        _accounts.Add(signup.Email);
        return (201, new { accountId = signup.AccountId });
    }

    private void IssueEmailCode(Signup signup)
    {
        signup.EmailCode?.Rule.Void();
        var (plain, hash) = NewCode();
        signup.EmailCode = new IssuedCode(EmailCodeChallenge.Issue(Guid.NewGuid(), signup.Id, signup.Email, hash, DateTimeOffset.UtcNow), plain);
        Mail.Enqueue(new SentPasscode(signup.Id, signup.Email, plain));
    }

    private static object Started(Signup signup) =>
        new { signupId = signup.Id, expiresAt = signup.ExpiresAt, codeExpiresAt = signup.EmailCode.ExpiresAt, resendAvailableAt = signup.EmailCode.ResendAvailableAt };

    /// <summary>A fresh code, and what is "stored" for it: its digits (no secret key is needed in a test).</summary>
    private static (string Plain, byte[] Hash) NewCode()
    {
        var plain = VerificationCode.NewCode();
        return (plain, Encoding.ASCII.GetBytes(plain));
    }

    private static (int, object?)? TooSoon(IssuedCode latest, string culture)
    {
        var wait = latest.ResendAvailableAt - DateTimeOffset.UtcNow;
        return wait > TimeSpan.Zero ? (429, ProblemOf(429, "resend_too_soon", culture, retryAfterSeconds: (int)Math.Ceiling(wait.TotalSeconds))) : null;
    }

    private static (int, object?)? CheckCodeFormat(JsonElement body, string culture)
    {
        var raw = String(body, "code");
        if (string.IsNullOrWhiteSpace(raw)) return Validation("code", "code.required", culture);
        return VerificationCode.Normalize(raw) is null ? Validation("code", "code.format", culture) : null;
    }

    /// <summary>identity-portal's answer to a typed code under the code's own rule; null when it was right.</summary>
    private static (int, object?)? CheckCode(IssuedCode code, JsonElement body, string culture)
    {
        var typed = Encoding.ASCII.GetBytes(VerificationCode.Normalize(String(body, "code"))!);
        return code.Rule.Verify(stored => CryptographicOperations.FixedTimeEquals(stored, typed), DateTimeOffset.UtcNow + code.Skew) switch
        {
            CodeCheck.Confirmed => null,
            CodeCheck.Wrong => (400, ProblemOf(400, "invalid_code", culture, attemptsRemaining: code.Rule.AttemptsRemaining)),
            CodeCheck.Locked => (410, ProblemOf(410, "code_locked", culture, attemptsRemaining: 0)),
            CodeCheck.Expired => (410, ProblemOf(410, "code_expired", culture)),
            CodeCheck.AlreadyUsed => (410, ProblemOf(410, "code_used", culture)),
            _ => (410, ProblemOf(410, "code_superseded", culture)),
        };
    }

    public static JsonObject Problem(int status, string code, string title, int? attemptsRemaining = null, int? retryAfterSeconds = null) =>
        ServiceText.Problem(status, code, title, attemptsRemaining, retryAfterSeconds);

    /// <summary>identity-portal's title for <paramref name="code"/>.</summary>
    public static string TitleOf(string code, string culture = "ja") => ServiceText.Portal.Title(code, culture);

    private static JsonObject ProblemOf(int status, string code, string culture, int? attemptsRemaining = null, int? retryAfterSeconds = null) =>
        Problem(status, code, TitleOf(code, culture), attemptsRemaining, retryAfterSeconds);

    private static (int, object?) Validation(string field, string key, string culture) =>
        (400, ValidationOf(new Dictionary<string, string> { [field] = key }, culture));

    private static JsonObject ValidationOf(IReadOnlyDictionary<string, string> errors, string culture) =>
        ServiceText.Validation(errors, culture, ServiceText.Portal.Title, ServiceText.Portal.Field);

    private static string? String(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed class Signup(Guid id, string email)
    {
        public Guid Id { get; } = id;
        public string Email { get; } = email;
        public DateTimeOffset ExpiresAt { get; init; }
        public IssuedCode EmailCode { get; set; } = null!;
        public bool Verified => EmailCode.Rule.Status == CodeStatus.Used;
        public bool ProfileSet { get; set; }
        public IssuedCode? PhoneCode { get; set; }
        public Guid? AccountId { get; set; }
    }

    /// <summary>
    /// A code under identity-portal's own rule (<see cref="SentCode"/>), seen on a clock <see cref="Skew"/> ahead of the
    /// real one: how tests expire a code or skip its cooldown without waiting. Times answered are on the real clock.
    /// </summary>
    private sealed class IssuedCode(SentCode rule, string plain)
    {
        public SentCode Rule { get; } = rule;
        public string Plain { get; } = plain;
        public TimeSpan Skew { get; private set; }
        public DateTimeOffset ExpiresAt => Rule.ExpiresAt - Skew;
        public DateTimeOffset ResendAvailableAt => Rule.ResendAvailableAt - Skew;

        /// <summary>Moves this code's clock just past <paramref name="moment"/> (a time of the rule's), never back.</summary>
        public void MovePast(DateTimeOffset moment) =>
            Skew = TimeSpan.FromTicks(Math.Max(Skew.Ticks, (moment - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(1)).Ticks));
    }
}

public sealed record SentPhoneCode(Guid SignupId, string PhoneNumber, string Channel, string Code);
