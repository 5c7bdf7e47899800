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

namespace Onboarding.Gateway.Tests.Infrastructure;

/// <summary>
/// A stand-in for the membership service's STEP 1 API on a real port, behaving like it (docs/architecture.md §6–§7): the same
/// paths, bodies and problem documents with localised titles and field messages, attempt budgets, passcode expiry and
/// resend cooldown. It keeps what it "mailed" so tests can read codes, records every request, and can be told to answer
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

    private static readonly Member[] Roster =
    [
        new(Member1, new DateOnly(2004, 4, 1), "岡*太*", Member1Email),
        new(Member2, new DateOnly(2005, 12, 24), "佐*花*", null),
    ];

    private readonly WebApplication _app;
    private readonly object _gate = new();
    private readonly Dictionary<string, int> _failures = [];
    private readonly Dictionary<Guid, Lookup> _lookups = [];
    private readonly Dictionary<Guid, Challenge> _challenges = [];
    private readonly List<Scripted> _scripted = [];

    private FakeMembership(WebApplication app) => _app = app;

    public Uri BaseAddress => new(_app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    /// <summary>Every request received, in order.</summary>
    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    /// <summary>Every passcode "mailed", in order.</summary>
    public ConcurrentQueue<SentPasscode> Mail { get; } = new();

    /// <summary>How long a lookup lasts (30 minutes in the real service); negative to hand out expired ones.</summary>
    public TimeSpan LookupLifetime { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan PasscodeLifetime { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan ResendCooldown { get; set; } = TimeSpan.FromSeconds(60);

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
            _failures.Clear();
            _lookups.Clear();
            _challenges.Clear();
            _scripted.Clear();
            _completed.Clear();
            _journeys.Clear();
        }
        Requests.Clear();
        Mail.Clear();
        LookupLifetime = TimeSpan.FromMinutes(30);
        PasscodeLifetime = TimeSpan.FromMinutes(15);
        ResendCooldown = TimeSpan.FromSeconds(60);
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
    public static object Problem(int status, string code, string title, int? attemptsRemaining = null, int? retryAfterSeconds = null)
    {
        var problem = new JsonObject { ["status"] = status, ["title"] = title, ["code"] = code };
        if (attemptsRemaining is { } remaining) problem["attemptsRemaining"] = remaining;
        if (retryAfterSeconds is { } seconds) problem["retryAfterSeconds"] = seconds;
        return problem;
    }

    public SentPasscode LastMail => Mail.LastOrDefault() ?? throw new InvalidOperationException("No passcode was sent.");

    /// <summary>Lets every challenge be resent now.</summary>
    public void AllowResendNow()
    {
        lock (_gate)
        {
            foreach (var challenge in _challenges.Values) challenge.ResendAvailableAt = DateTimeOffset.UtcNow.AddSeconds(-1);
        }
    }

    public void ExpireChallenges()
    {
        lock (_gate)
        {
            foreach (var challenge in _challenges.Values) challenge.ExpiresAt = DateTimeOffset.UtcNow.AddSeconds(-1);
        }
    }

    public void ExpireLookups()
    {
        lock (_gate)
        {
            foreach (var lookup in _lookups.Values) lookup.ExpiresAt = DateTimeOffset.UtcNow.AddSeconds(-1);
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
        var culture = received.AcceptLanguage.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "ja";
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
        var number = NormalizeMemberNumber(rawNumber);
        if (string.IsNullOrWhiteSpace(rawNumber)) errors["memberNumber"] = "memberNumber.required";
        else if (number is null) errors["memberNumber"] = "memberNumber.format";
        DateOnly? birthDate = DateOnly.TryParseExact(rawDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            && parsed <= DateOnly.FromDateTime(DateTime.UtcNow) ? parsed : null;
        if (string.IsNullOrWhiteSpace(rawDate)) errors["birthDate"] = "birthDate.required";
        else if (birthDate is null) errors["birthDate"] = "birthDate.invalid";
        if (errors.Count > 0) return Validation(errors, culture);

        var failures = _failures.GetValueOrDefault(number!);
        if (failures >= 5) return ProblemAnswer(429, "too_many_attempts", culture, attemptsRemaining: 0, retryAfterSeconds: 900);
        var member = Roster.SingleOrDefault(m => m.Number == number);
        if (member is null || member.BirthDate != birthDate)
        {
            _failures[number!] = ++failures;
            return failures >= 5
                ? ProblemAnswer(429, "too_many_attempts", culture, attemptsRemaining: 0, retryAfterSeconds: 900)
                : ProblemAnswer(404, "member_not_found", culture, attemptsRemaining: 5 - failures);
        }

        var lookup = new Lookup(Guid.NewGuid(), member, DateTimeOffset.UtcNow + LookupLifetime);
        _lookups[lookup.Id] = lookup;
        return Json(201, new { lookupId = lookup.Id, maskedName = member.MaskedName, maskedRegisteredEmail = member.Email is null ? null : Mask(member.Email), expiresAt = lookup.ExpiresAt });
    }

    private Answer SendPasscode(Guid lookupId, JsonElement body, string culture)
    {
        var target = String(body, "target");
        var errors = new Dictionary<string, string>();
        string? email = null;
        if (target == "new")
        {
            var raw = String(body, "email");
            var confirmation = String(body, "emailConfirmation");
            email = NormalizeEmail(raw);
            if (string.IsNullOrWhiteSpace(raw)) errors["email"] = "email.required";
            else if (email is null) errors["email"] = "email.invalid";
            if (string.IsNullOrWhiteSpace(confirmation)) errors["emailConfirmation"] = "emailConfirmation.required";
            else if (email is not null && NormalizeEmail(confirmation) != email) errors["emailConfirmation"] = "emailConfirmation.mismatch";
        }
        else if (target != "registered")
        {
            errors["target"] = "target.invalid";
        }
        if (errors.Count > 0) return Validation(errors, culture);
        return Issue(lookupId, target == "new", email, culture);
    }

    private Answer Issue(Guid lookupId, bool newAddress, string? newEmail, string culture)
    {
        if (!_lookups.TryGetValue(lookupId, out var lookup)) return ProblemAnswer(404, "lookup_not_found", culture);
        if (lookup.ExpiresAt <= DateTimeOffset.UtcNow) return ProblemAnswer(410, "lookup_expired", culture);
        var email = newAddress ? newEmail : lookup.Member.Email;
        if (email is null) return ProblemAnswer(409, "no_registered_email", culture);

        var now = DateTimeOffset.UtcNow;
        var earlier = _challenges.Values.Where(c => c.Lookup.Member == lookup.Member).ToList();
        if (earlier.Count > 0 && earlier.Max(c => c.ResendAvailableAt) is var until && until > now)
        {
            return ProblemAnswer(429, "resend_too_soon", culture, retryAfterSeconds: (int)Math.Ceiling((until - now).TotalSeconds));
        }
        foreach (var old in earlier.Where(c => c.Status == "pending")) old.Status = "voided";

        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        var challenge = new Challenge(Guid.NewGuid(), lookup, email, newAddress ? "new" : "registered", code)
        {
            ExpiresAt = now + PasscodeLifetime,
            ResendAvailableAt = now + ResendCooldown,
        };
        _challenges[challenge.Id] = challenge;
        Mail.Enqueue(new SentPasscode(challenge.Id, email, code));
        return Json(202, new { challengeId = challenge.Id, sentTo = Mask(email), expiresAt = challenge.ExpiresAt, resendAvailableAt = challenge.ResendAvailableAt });
    }

    private Answer GetChallenge(Guid challengeId, string culture)
    {
        if (!_challenges.TryGetValue(challengeId, out var c)) return ProblemAnswer(404, "challenge_not_found", culture);
        return Json(200, new
        {
            challengeId = c.Id, lookupId = c.Lookup.Id, sentTo = Mask(c.Email), target = c.Target, status = c.Status,
            expiresAt = c.ExpiresAt, resendAvailableAt = c.ResendAvailableAt, attemptsRemaining = c.AttemptsRemaining,
        });
    }

    private Answer Resend(Guid challengeId, string culture)
    {
        if (!_challenges.TryGetValue(challengeId, out var previous)) return ProblemAnswer(404, "challenge_not_found", culture);
        return Issue(previous.Lookup.Id, previous.Target == "new", previous.Target == "new" ? previous.Email : null, culture);
    }

    private Answer Verify(Guid challengeId, JsonElement body, string culture)
    {
        var raw = String(body, "passcode");
        var code = raw is null ? null : string.Concat(raw.Normalize(NormalizationForm.FormKC).Where(ch => !char.IsWhiteSpace(ch)));
        if (string.IsNullOrWhiteSpace(raw)) return Validation(new() { ["passcode"] = "passcode.required" }, culture);
        if (code is not { Length: 6 } || !code.All(char.IsAsciiDigit)) return Validation(new() { ["passcode"] = "passcode.format" }, culture);
        if (!_challenges.TryGetValue(challengeId, out var c)) return ProblemAnswer(404, "challenge_not_found", culture);

        switch (c.Status)
        {
            case "confirmed": return ProblemAnswer(410, "passcode_used", culture);
            case "voided": return ProblemAnswer(410, "passcode_superseded", culture);
            case "locked": return ProblemAnswer(410, "passcode_locked", culture, attemptsRemaining: 0);
        }
        if (c.ExpiresAt <= DateTimeOffset.UtcNow) return ProblemAnswer(410, "passcode_expired", culture);
        if (code != c.Code)
        {
            c.AttemptsRemaining--;
            if (c.AttemptsRemaining > 0) return ProblemAnswer(400, "invalid_passcode", culture, attemptsRemaining: c.AttemptsRemaining);
            c.Status = "locked";
            return ProblemAnswer(410, "passcode_locked", culture, attemptsRemaining: 0);
        }
        c.Status = "confirmed";
        RecordStep1(c.Lookup.Member.Number, c.Email);
        return Json(200, new { email = c.Email, confirmedAt = DateTimeOffset.UtcNow });
    }

    private static Answer Json(int status, object body) => new(status, body, "application/json");

    private static Answer ProblemAnswer(int status, string code, string culture, int? attemptsRemaining = null, int? retryAfterSeconds = null) =>
        new(status, Problem(status, code, Pick(Titles[code], culture), attemptsRemaining, retryAfterSeconds), "application/problem+json");

    private static Answer Validation(Dictionary<string, string> errors, string culture)
    {
        var problem = (JsonObject)Problem(400, "validation_failed", Pick(Titles["validation_failed"], culture));
        var messages = new JsonObject();
        var codes = new JsonObject();
        foreach (var (field, key) in errors)
        {
            messages[field] = new JsonArray(Pick(FieldErrors[key], culture));
            codes[field] = key;
        }
        problem["errors"] = messages;
        problem["errorCodes"] = codes;
        return new Answer(400, problem, "application/problem+json");
    }

    private static string? String(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? NormalizeMemberNumber(string? input)
    {
        if (string.IsNullOrEmpty(input)) return null;
        var kept = string.Concat(input.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c) && c is not ('-' or 'ー' or '‐' or '−' or '―' or '－')));
        return kept.Length == 12 && kept.All(char.IsAsciiDigit) ? kept : null;
    }

    private static string? NormalizeEmail(string? input)
    {
        var email = input?.Normalize(NormalizationForm.FormKC).Trim();
        if (email is null) return null;
        var at = email.LastIndexOf('@');
        if (at <= 0 || at == email.Length - 1 || !email[(at + 1)..].Contains('.') || email.Any(c => c > 127 || char.IsWhiteSpace(c))) return null;
        return email[..at] + "@" + email[(at + 1)..].ToLowerInvariant();
    }

    private static string Mask(string email)
    {
        var at = email.IndexOf('@');
        return email[..Math.Min(3, at)] + "*****" + email[at..];
    }

    private static string Pick((string Ja, string En) text, string culture) => culture == "en" ? text.En : text.Ja;

    // The real service's texts (services/membership/.../ProblemText.cs), so pages and screenshots look as they will.
    private static readonly Dictionary<string, (string Ja, string En)> Titles = new()
    {
        ["validation_failed"] = ("入力内容をご確認ください。", "Please check what you entered."),
        ["member_not_found"] = ("組合員番号または生年月日が正しくありません。通知書をご確認のうえ、もう一度入力してください。",
            "The member number or birth date is not correct. Please check your notice and try again."),
        ["too_many_attempts"] = ("入力の誤りが続いたため、しばらく受け付けを停止しています。時間をおいてからお試しください。",
            "Too many incorrect attempts. Please wait and try again later."),
        ["lookup_expired"] = ("確認の有効期限が切れました。組合員番号と生年月日の入力からやり直してください。",
            "This confirmation has expired. Please enter your member number and birth date again."),
        ["lookup_not_found"] = ("確認情報が見つかりません。組合員番号と生年月日の入力からやり直してください。",
            "We could not find this confirmation. Please enter your member number and birth date again."),
        ["no_registered_email"] = ("登録されているメールアドレスはありません。「メールアドレスの新規登録を行う」から登録してください。",
            "There is no e-mail address on file. Please register one under \"Register a new e-mail address\"."),
        ["resend_too_soon"] = ("パスコードを送信したばかりです。少し待ってから再送信してください。",
            "A passcode was just sent. Please wait a moment before sending another."),
        ["daily_limit_reached"] = ("本日送信できるパスコードの上限に達しました。時間をおいてからお試しください。",
            "You have reached today's limit of passcodes. Please try again later."),
        ["challenge_not_found"] = ("パスコードの確認情報が見つかりません。パスコードの送信からやり直してください。",
            "We could not find this passcode request. Please send a new passcode."),
        ["invalid_passcode"] = ("パスコードが正しくありません。", "The passcode is not correct."),
        ["passcode_expired"] = ("パスコードの有効期限が切れました。新しいパスコードを送信してください。",
            "The passcode has expired. Please send a new passcode."),
        ["passcode_locked"] = ("パスコードの入力誤りが上限に達しました。新しいパスコードを送信してください。",
            "Too many incorrect passcodes. Please send a new passcode."),
        ["passcode_used"] = ("このパスコードは使用済みです。メールアドレスの確認はすでに完了しています。",
            "This passcode has already been used. Your e-mail address is already confirmed."),
        ["passcode_superseded"] = ("新しいパスコードを送信したため、このパスコードは無効になりました。最新のメールのパスコードを入力してください。",
            "A newer passcode was sent, so this one no longer works. Please use the code in the latest e-mail."),
    };

    private static readonly Dictionary<string, (string Ja, string En)> FieldErrors = new()
    {
        ["memberNumber.required"] = ("生協組合員番号を入力してください。", "Please enter your co-op member number."),
        ["memberNumber.format"] = ("生協組合員番号は数字12桁で入力してください。", "The co-op member number must be 12 digits."),
        ["birthDate.required"] = ("生年月日を選択してください。", "Please select your birth date."),
        ["birthDate.invalid"] = ("生年月日が正しくありません。実在する過去の日付を選択してください。", "The birth date is not valid. Please select a real date in the past."),
        ["target.invalid"] = ("送信先を選択してください。", "Please choose where to send the passcode."),
        ["email.required"] = ("メールアドレスを入力してください。", "Please enter your e-mail address."),
        ["email.invalid"] = ("メールアドレスの形式が正しくありません。半角英数字記号で入力してください。", "This e-mail address is not valid."),
        ["emailConfirmation.required"] = ("確認用メールアドレスを入力してください。", "Please enter your e-mail address again."),
        ["emailConfirmation.mismatch"] = ("確認用メールアドレスが一致しません。", "The two e-mail addresses do not match."),
        ["passcode.required"] = ("パスコードを入力してください。", "Please enter the passcode."),
        ["passcode.format"] = ("パスコードは数字6桁で入力してください。", "The passcode is 6 digits."),
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed record Member(string Number, DateOnly BirthDate, string MaskedName, string? Email);

    private sealed record Lookup(Guid Id, Member Member, DateTimeOffset ExpiresAt)
    {
        public DateTimeOffset ExpiresAt { get; set; } = ExpiresAt;
    }

    private sealed record Challenge(Guid Id, Lookup Lookup, string Email, string Target, string Code)
    {
        public DateTimeOffset ExpiresAt { get; set; }
        public DateTimeOffset ResendAvailableAt { get; set; }
        public int AttemptsRemaining { get; set; } = 5;
        public string Status { get; set; } = "pending";
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
