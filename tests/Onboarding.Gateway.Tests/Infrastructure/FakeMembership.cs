extern alias membership;

using System.Collections.Concurrent;
using System.Globalization;
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
using membership::Onboarding.Membership.Domain;
using Onboarding.Contracts;

namespace Onboarding.Gateway.Tests.Infrastructure;

/// <summary>
/// A stand-in for the membership service's STEP 1 API on a real port, behaving like it (docs/architecture.md §6–§7): the same
/// paths, bodies and problem documents, with the service's own wording (<see cref="ServiceText"/>) and its own domain
/// rules (member number, birth date, attempt budget, lookup and passcode expiry, masking) kept in memory instead of
/// PostgreSQL. It keeps what it "mailed" so tests can read codes, records every request, and can be told to answer
/// one request with anything (<see cref="RespondOnce"/>). State is in memory; <see cref="Reset"/> empties it.
/// </summary>
public sealed partial class FakeMembership : IAsyncDisposable
{
    public const string Member1 = "123456789012";
    public const string Member1BirthDate = "2004-04-01";
    public const string Member1Email = "sho.okada@univcoop-tokai.jp";
    public const string Member1MaskedEmail = "sho*****@univcoop-tokai.jp";

    /// <summary>A member with no address on file.</summary>
    public const string Member2 = "987654321098";
    public const string Member2BirthDate = "2005-12-24";

    /// <summary>The members' co-ops as the development seed names them (the gateway's Development directory lists both).</summary>
    public const string Member1Coop = "東海大学生協";
    public const string Member2Coop = "東京大学生協";

    private static readonly Member[] Roster =
    [
        new(Guid.NewGuid(), Member1, new DateOnly(2004, 4, 1), "岡*太*", Member1Email, Member1Coop),
        new(Guid.NewGuid(), Member2, new DateOnly(2005, 12, 24), "佐*花*", null, Member2Coop),
    ];

    private readonly WebApplication _app;
    private readonly object _gate = new();
    private readonly Dictionary<string, LookupAttemptBudget> _budgets = [];
    private readonly Dictionary<Guid, IssuedLookup> _lookups = [];
    private readonly Dictionary<Guid, IssuedChallenge> _challenges = [];
    private readonly List<Scripted> _scripted = [];

    private FakeMembership(WebApplication app) => _app = app;

    public Uri BaseAddress => new(_app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    /// <summary>Every request received, in order.</summary>
    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    /// <summary>Every passcode "mailed", in order.</summary>
    public ConcurrentQueue<SentPasscode> Mail { get; } = new();

    /// <summary>How long a lookup lasts (membership's <see cref="Lookup.Lifetime"/>); negative to hand out expired ones.</summary>
    public TimeSpan LookupLifetime { get; set; } = Lookup.Lifetime;

    /// <summary>How soon a passcode may be resent (membership's <see cref="PasscodeChallenge.ResendCooldown"/>).</summary>
    public TimeSpan ResendCooldown { get; set; } = PasscodeChallenge.ResendCooldown;

    public static async Task<FakeMembership> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeMembership(app);
        app.Run(fake.HandleAsync);
        await app.StartAsync();
        return fake;
    }

    public void Reset()
    {
        lock (_gate)
        {
            _budgets.Clear();
            _lookups.Clear();
            _challenges.Clear();
            _scripted.Clear();
            _completed.Clear();
            _unlinked.Clear();
            _journeys.Clear();
        }
        Requests.Clear();
        Mail.Clear();
        LookupLifetime = Lookup.Lifetime;
        ResendCooldown = PasscodeChallenge.ResendCooldown;
    }

    /// <summary>The next request of <paramref name="method"/> whose path ends with <paramref name="pathSuffix"/> gets this answer.</summary>
    public void RespondOnce(string method, string pathSuffix, int status, object? body = null, string contentType = "application/problem+json")
    {
        lock (_gate)
        {
            _scripted.Add(new Scripted(method, pathSuffix, status, body, contentType));
        }
    }

    /// <summary>A problem document like the real service's.</summary>
    public static object Problem(int status, string code, string title, int? attemptsRemaining = null, int? retryAfterSeconds = null) =>
        ServiceText.Problem(status, code, title, attemptsRemaining, retryAfterSeconds);

    public SentPasscode LastMail => Mail.LastOrDefault() ?? throw new InvalidOperationException("No passcode was sent.");

    /// <summary>Lets every challenge be resent now.</summary>
    public void AllowResendNow()
    {
        lock (_gate)
        {
            foreach (var challenge in _challenges.Values) challenge.MovePast(challenge.Rule.ResendAvailableAt);
        }
    }

    public void ExpireChallenges()
    {
        lock (_gate)
        {
            foreach (var challenge in _challenges.Values) challenge.MovePast(challenge.Rule.ExpiresAt);
        }
    }

    public void ExpireLookups()
    {
        lock (_gate)
        {
            foreach (var lookup in _lookups.Values) lookup.MovePast(lookup.Rule.ExpiresAt);
        }
    }

    public IEnumerable<ReceivedRequest> RequestsTo(string method, string pathSuffix) =>
        Requests.Where(r => r.Method == method && r.Path.EndsWith(pathSuffix, StringComparison.Ordinal));

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var body = await new StreamReader(request.Body).ReadToEndAsync();
        var received = new ReceivedRequest(request.Method, request.Path.Value ?? "", request.Headers.AcceptLanguage.ToString(), body,
            request.Headers["X-Forwarded-For"].ToString());
        Requests.Enqueue(received);
        var authorization = request.Headers.Authorization.ToString();
        var culture = ServiceText.CultureOf(received.AcceptLanguage);
        JsonElement json = body.Length > 0 ? JsonDocument.Parse(body).RootElement.Clone() : default;

        Answer answer;
        lock (_gate)
        {
            var scripted = _scripted.FirstOrDefault(s => s.Method == received.Method && received.Path.EndsWith(s.PathSuffix, StringComparison.Ordinal));
            if (scripted is not null)
            {
                _scripted.Remove(scripted);
                answer = new Answer(scripted.Status, scripted.Body, scripted.ContentType);
            }
            else
            {
                answer = Route(received.Method, received.Path.Split('/', StringSplitOptions.RemoveEmptyEntries), json, culture, authorization);
            }
        }

        context.Response.StatusCode = answer.Status;
        if (answer.Body is JsonObject { } problem && problem["retryAfterSeconds"] is { } retry)
        {
            context.Response.Headers.RetryAfter = retry.ToString();
        }
        if (answer.Body is not null)
        {
            context.Response.ContentType = answer.ContentType;
            await context.Response.WriteAsync(answer.Body is string text ? text : JsonSerializer.Serialize(answer.Body, JsonSerializerOptions.Web));
        }
    }

    // Paths: api/membership/lookups | api/membership/lookups/{id}/passcode | api/membership/passcode-challenges/{id}[/resend|/verification]
    private Answer Route(string method, string[] segments, JsonElement body, string culture, string authorization) => (method, segments) switch
    {
        ("POST", ["api", "membership", "lookups"]) => CreateLookup(body, culture),
        ("POST", ["api", "membership", "lookups", var id, "passcode"]) when Guid.TryParse(id, out var lookupId) => SendPasscode(lookupId, body, culture),
        ("GET", ["api", "membership", "passcode-challenges", var id]) when Guid.TryParse(id, out var challengeId) => GetChallenge(challengeId, culture),
        ("POST", ["api", "membership", "passcode-challenges", var id, "resend"]) when Guid.TryParse(id, out var challengeId) => Resend(challengeId, culture),
        ("POST", ["api", "membership", "passcode-challenges", var id, "verification"]) when Guid.TryParse(id, out var challengeId) => Verify(challengeId, body, culture),
        ("GET", ["api", "membership", "onboarding", var id]) => GetProgress(id, authorization),
        ("GET", ["api", "membership", "lookups", var id, "onboarding"]) when Guid.TryParse(id, out var lookupId) => GetLookupProgress(lookupId, culture),
        _ => new Answer(404, Problem(404, "not_found", "Not found"), "application/problem+json"),
    };

    private Answer CreateLookup(JsonElement body, string culture)
    {
        var rawNumber = String(body, "memberNumber");
        var rawDate = String(body, "birthDate");
        var errors = new Dictionary<string, string>();
        var number = MemberNumber.Parse(rawNumber);
        if (string.IsNullOrWhiteSpace(rawNumber)) errors["memberNumber"] = "memberNumber.required";
        else if (number is null) errors["memberNumber"] = "memberNumber.format";
        var birthDate = BirthDate.Parse(rawDate, TimeProvider.System);
        if (string.IsNullOrWhiteSpace(rawDate)) errors["birthDate"] = "birthDate.required";
        else if (birthDate is null) errors["birthDate"] = "birthDate.invalid";
        if (errors.Count > 0) return Validation(errors, culture);

        var now = DateTimeOffset.UtcNow;
        var budget = _budgets.TryGetValue(number!, out var known) ? known : _budgets[number!] = new LookupAttemptBudget { MemberNumber = number! };
        if (budget.IsLocked(now)) return TooManyAttempts(budget, now, culture);
        var member = Roster.SingleOrDefault(m => m.Number == number);
        if (member is null || member.BirthDate != birthDate)
        {
            budget.RecordFailure(now);
            return budget.IsLocked(now)
                ? TooManyAttempts(budget, now, culture)
                : ProblemAnswer(404, "member_not_found", culture, attemptsRemaining: budget.AttemptsRemaining);
        }
        budget.RecordSuccess(now);

        // LookupLifetime shifts this lookup's own clock, so the real rule expires it when a test wants.
        var lookup = new IssuedLookup(Lookup.Start(member.Id, now), member) { Skew = Lookup.Lifetime - LookupLifetime };
        _lookups[lookup.Rule.Id] = lookup;
        return Json(201, new { lookupId = lookup.Rule.Id, maskedName = member.MaskedName, maskedRegisteredEmail = member.Email is null ? null : Masking.MaskEmail(member.Email), expiresAt = lookup.ExpiresAt, coop = member.Coop });
    }

    private static Answer TooManyAttempts(LookupAttemptBudget budget, DateTimeOffset now, string culture) =>
        ProblemAnswer(429, "too_many_attempts", culture, attemptsRemaining: 0, retryAfterSeconds: (int)Math.Ceiling(budget.RetryAfter(now).TotalSeconds));

    private Answer SendPasscode(Guid lookupId, JsonElement body, string culture)
    {
        var target = String(body, "target");
        var errors = new Dictionary<string, string>();
        string? email = null;
        if (target == "new")
        {
            var raw = String(body, "email");
            var confirmation = String(body, "emailConfirmation");
            email = EmailAddress.Normalize(raw);
            if (string.IsNullOrWhiteSpace(raw)) errors["email"] = "email.required";
            else if (email is null) errors["email"] = "email.invalid";
            if (string.IsNullOrWhiteSpace(confirmation)) errors["emailConfirmation"] = "emailConfirmation.required";
            else if (email is not null && EmailAddress.Normalize(confirmation) != email) errors["emailConfirmation"] = "emailConfirmation.mismatch";
        }
        else if (target != "registered")
        {
            errors["target"] = "target.invalid";
        }
        if (errors.Count > 0) return Validation(errors, culture);
        return Issue(lookupId, target == "new" ? PasscodeTarget.New : PasscodeTarget.Registered, email, culture);
    }

    private Answer Issue(Guid lookupId, PasscodeTarget target, string? newEmail, string culture)
    {
        var now = DateTimeOffset.UtcNow;
        if (!_lookups.TryGetValue(lookupId, out var lookup)) return ProblemAnswer(404, "lookup_not_found", culture);
        if (lookup.Rule.IsExpired(now + lookup.Skew)) return ProblemAnswer(410, "lookup_expired", culture);
        var email = target == PasscodeTarget.New ? newEmail : lookup.Member.Email;
        if (email is null) return ProblemAnswer(409, "no_registered_email", culture);

        var earlier = _challenges.Values.Where(c => c.Lookup.Member == lookup.Member).ToList();
        if (earlier.Count > 0 && earlier.Max(c => c.ResendAvailableAt) is var until && until > now)
        {
            return ProblemAnswer(429, "resend_too_soon", culture, retryAfterSeconds: (int)Math.Ceiling((until - now).TotalSeconds));
        }
        foreach (var old in earlier) old.Rule.Void();

        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        var rule = PasscodeChallenge.Issue(lookup.Member.Id, lookupId, email, target, Encoding.ASCII.GetBytes(code), Guid.NewGuid(), now);
        // ResendCooldown shifts the challenge's own clock, so the real 60 s can be 2 s in a browser test.
        var challenge = new IssuedChallenge(rule, lookup) { Skew = PasscodeChallenge.ResendCooldown - ResendCooldown };
        _challenges[rule.Id] = challenge;
        Mail.Enqueue(new SentPasscode(rule.Id, email, code));
        return Json(202, new { challengeId = rule.Id, sentTo = Masking.MaskEmail(email), expiresAt = challenge.ExpiresAt, resendAvailableAt = challenge.ResendAvailableAt });
    }

    private Answer GetChallenge(Guid challengeId, string culture)
    {
        if (!_challenges.TryGetValue(challengeId, out var c)) return ProblemAnswer(404, "challenge_not_found", culture);
        return Json(200, new
        {
            challengeId = c.Rule.Id, lookupId = c.Lookup.Rule.Id, sentTo = Masking.MaskEmail(c.Rule.Email), target = c.Rule.Target == PasscodeTarget.New ? "new" : "registered",
            status = c.Rule.Status.ToString().ToLowerInvariant(), expiresAt = c.ExpiresAt, resendAvailableAt = c.ResendAvailableAt, attemptsRemaining = c.Rule.AttemptsRemaining,
        });
    }

    private Answer Resend(Guid challengeId, string culture)
    {
        if (!_challenges.TryGetValue(challengeId, out var previous)) return ProblemAnswer(404, "challenge_not_found", culture);
        var target = previous.Rule.Target;
        return Issue(previous.Lookup.Rule.Id, target, target == PasscodeTarget.New ? previous.Rule.Email : null, culture);
    }

    private Answer Verify(Guid challengeId, JsonElement body, string culture)
    {
        var raw = String(body, "passcode");
        var code = Passcode.Normalize(raw);
        if (string.IsNullOrWhiteSpace(raw)) return Validation(new() { ["passcode"] = "passcode.required" }, culture);
        if (code is null) return Validation(new() { ["passcode"] = "passcode.format" }, culture);
        if (!_challenges.TryGetValue(challengeId, out var c)) return ProblemAnswer(404, "challenge_not_found", culture);

        var typed = Encoding.ASCII.GetBytes(code);
        return c.Rule.Verify(stored => CryptographicOperations.FixedTimeEquals(stored, typed), DateTimeOffset.UtcNow + c.Skew) switch
        {
            PasscodeCheck.Confirmed => Confirmed(c),
            PasscodeCheck.Wrong => ProblemAnswer(400, "invalid_passcode", culture, attemptsRemaining: c.Rule.AttemptsRemaining),
            PasscodeCheck.Locked => ProblemAnswer(410, "passcode_locked", culture, attemptsRemaining: 0),
            PasscodeCheck.Expired => ProblemAnswer(410, "passcode_expired", culture),
            PasscodeCheck.AlreadyUsed => ProblemAnswer(410, "passcode_used", culture),
            _ => ProblemAnswer(410, "passcode_superseded", culture),
        };
    }

    private Answer Confirmed(IssuedChallenge challenge)
    {
        RecordStep1(challenge.Lookup.Member.Number, challenge.Rule.Email);
        return Json(200, new { email = challenge.Rule.Email, confirmedAt = DateTimeOffset.UtcNow, coop = challenge.Lookup.Member.Coop });
    }

    private static Answer Json(int status, object body) => new(status, body, "application/json");

    private static Answer ProblemAnswer(int status, string code, string culture, int? attemptsRemaining = null, int? retryAfterSeconds = null) =>
        new(status, Problem(status, code, ServiceText.Membership.Title(code, culture), attemptsRemaining, retryAfterSeconds), "application/problem+json");

    private static Answer Validation(Dictionary<string, string> errors, string culture) =>
        new(400, ServiceText.Validation(errors, culture, ServiceText.Membership.Title, ServiceText.Membership.Field), "application/problem+json");

    private static string? String(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed record Member(Guid Id, string Number, DateOnly BirthDate, string MaskedName, string? Email, string Coop);

    /// <summary>
    /// A lookup under membership's own rule, seen on a clock <see cref="Skew"/> ahead of the real one: how tests expire
    /// it without waiting. What the fake answers (<see cref="ExpiresAt"/>) is on the real clock.
    /// </summary>
    private sealed record IssuedLookup(Lookup Rule, Member Member) : SkewedClock
    {

        public DateTimeOffset ExpiresAt => Rule.ExpiresAt - Skew;
    }

    /// <summary>A passcode under membership's own rule (<see cref="PasscodeChallenge"/>), on a clock <see cref="Skew"/> ahead.</summary>
    private sealed record IssuedChallenge(PasscodeChallenge Rule, IssuedLookup Lookup) : SkewedClock
    {

        public DateTimeOffset ExpiresAt => Rule.ExpiresAt - Skew;

        public DateTimeOffset ResendAvailableAt => Rule.ResendAvailableAt - Skew;

    }

    private abstract record SkewedClock
    {
        public TimeSpan Skew { get; set; }

        /// <summary>Moves this clock just past <paramref name="moment"/> (a time of the rule's), never back.</summary>
        public void MovePast(DateTimeOffset moment) =>
            Skew = TimeSpan.FromTicks(Math.Max(Skew.Ticks, (moment - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(1)).Ticks));
    }

    private sealed record Scripted(string Method, string PathSuffix, int Status, object? Body, string ContentType);

    private sealed record Answer(int Status, object? Body, string ContentType);
}

/// <param name="ForwardedFor">The <c>X-Forwarded-For</c> header as it arrived ("" when none).</param>
public sealed record ReceivedRequest(string Method, string Path, string AcceptLanguage, string Body, string ForwardedFor = "")
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();
}

public sealed record SentPasscode(Guid ChallengeId, string To, string Code);
