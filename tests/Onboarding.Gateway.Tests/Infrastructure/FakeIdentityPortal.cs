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
/// A stand-in for identity-portal's STEP 2 sign-up API on a real port, mirroring <see cref="FakeMembership"/>: the
/// same paths, bodies and problem documents (titles from the service's ProblemText), STEP 1 confirmations it knows,
/// attempts per code, expiry and resend cooldown. It keeps the codes it "mailed" and every request, and can be told to
/// answer one request with anything (<see cref="RespondOnce"/>).
/// </summary>
public sealed partial class FakeIdentityPortal : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly object _gate = new();
    private readonly HashSet<string> _confirmed = new(StringComparer.Ordinal);
    private readonly HashSet<string> _accounts = new(StringComparer.Ordinal);
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

    public TimeSpan ResendCooldown { get; set; } = TimeSpan.FromSeconds(60);

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
        ResendCooldown = TimeSpan.FromSeconds(60);
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
            foreach (var signup in _signups.Values) signup.ResendAvailableAt = DateTimeOffset.UtcNow.AddSeconds(-1);
        }
    }

    public void AllowPhoneResendNow()
    {
        lock (_gate)
        {
            foreach (var signup in _signups.Values) signup.PhoneResendAvailableAt = DateTimeOffset.UtcNow.AddSeconds(-1);
        }
    }

    public void ExpireCodes()
    {
        lock (_gate)
        {
            foreach (var signup in _signups.Values) signup.CodeExpiresAt = DateTimeOffset.UtcNow.AddSeconds(-1);
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
        var culture = received.AcceptLanguage.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "ja";
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
        var email = raw?.Normalize(NormalizationForm.FormKC).Trim();
        if (string.IsNullOrWhiteSpace(email)) return Validation("email", culture == "en" ? "Enter your e-mail address." : "メールアドレスを入力してください。", culture);
        var at = email.LastIndexOf('@');
        if (at <= 0 || at == email.Length - 1 || !email[(at + 1)..].Contains('.'))
            return Validation("email", culture == "en" ? "Enter a valid e-mail address." : "メールアドレスの形式が正しくありません。", culture);
        email = email[..at] + "@" + email[(at + 1)..].ToLowerInvariant();
        if (!_confirmed.Contains(email))
        {
            var problem = ProblemOf(409, "step1_not_completed", culture);
            problem["nextStep"] = "/step1";
            return (409, problem);
        }
        if (_accounts.Contains(email)) return (409, ProblemOf(409, "account_exists", culture));

        var signup = new Signup(Guid.NewGuid(), email) { ExpiresAt = DateTimeOffset.UtcNow.AddHours(1) };
        _signups[signup.Id] = signup;
        Issue(signup);
        return (201, Started(signup));
    }

    private (int, object?) Resend(Guid signupId, string culture)
    {
        if (!_signups.TryGetValue(signupId, out var signup)) return (404, ProblemOf(404, "signup_not_found", culture));
        var now = DateTimeOffset.UtcNow;
        if (signup.ResendAvailableAt > now)
            return (429, ProblemOf(429, "resend_too_soon", culture, retryAfterSeconds: (int)Math.Ceiling((signup.ResendAvailableAt - now).TotalSeconds)));
        Issue(signup);
        return (202, Started(signup));
    }

    private (int, object?) Verify(Guid signupId, JsonElement body, string culture)
    {
        var raw = String(body, "code");
        var code = raw is null ? null : string.Concat(raw.Normalize(NormalizationForm.FormKC).Where(ch => !char.IsWhiteSpace(ch)));
        if (string.IsNullOrWhiteSpace(raw)) return Validation("code", culture == "en" ? "Enter the verification code." : "確認コードを入力してください。", culture);
        if (code is not { Length: 6 } || !code.All(char.IsAsciiDigit))
            return Validation("code", culture == "en" ? "Enter the 6-digit code." : "確認コードは半角数字6桁でご入力ください。", culture);
        if (!_signups.TryGetValue(signupId, out var signup)) return (404, ProblemOf(404, "signup_not_found", culture));
        if (signup.Verified) return (410, ProblemOf(410, "code_used", culture));
        if (signup.AttemptsRemaining <= 0) return (410, ProblemOf(410, "code_locked", culture, attemptsRemaining: 0));
        if (signup.CodeExpiresAt <= DateTimeOffset.UtcNow) return (410, ProblemOf(410, "code_expired", culture));
        if (code != signup.Code)
        {
            signup.AttemptsRemaining--;
            return signup.AttemptsRemaining > 0
                ? (400, ProblemOf(400, "invalid_code", culture, attemptsRemaining: signup.AttemptsRemaining))
                : (410, ProblemOf(410, "code_locked", culture, attemptsRemaining: 0));
        }
        signup.Verified = true;
        return (200, new { signupId = signup.Id, email = signup.Email, emailVerifiedAt = DateTimeOffset.UtcNow });
    }

    private (int, object?) SetProfile(Guid signupId, JsonElement body, string culture)
    {
        if (!_signups.TryGetValue(signupId, out var signup)) return (404, ProblemOf(404, "signup_not_found", culture));
        if (signup.AccountId is not null) return (409, ProblemOf(409, "account_exists", culture));
        if (!signup.Verified) return (409, ProblemOf(409, "email_not_verified", culture));
        var en = culture == "en";
        var errors = new JsonObject();
        var password = String(body, "password");
        var confirmation = String(body, "passwordConfirmation");
        if (string.IsNullOrEmpty(password)) errors["password"] = new JsonArray(en ? "Please enter a password." : "パスワードを入力してください。");
        else if (password.Length < 8) errors["password"] = new JsonArray(en ? "The password must be at least 8 characters." : "パスワードは8文字以上で入力してください。");
        if (string.IsNullOrEmpty(confirmation)) errors["passwordConfirmation"] = new JsonArray(en ? "Please enter the password again." : "確認用のパスワードを入力してください。");
        else if (confirmation != password) errors["passwordConfirmation"] = new JsonArray(en ? "The passwords do not match." : "パスワードが一致しません。");
        if (string.IsNullOrWhiteSpace(String(body, "familyName"))) errors["familyName"] = new JsonArray(en ? "Please enter your family name." : "姓を入力してください。");
        if (string.IsNullOrWhiteSpace(String(body, "givenName"))) errors["givenName"] = new JsonArray(en ? "Please enter your given name." : "名を入力してください。");
        if (errors.Count > 0)
        {
            var problem = ProblemOf(400, "validation_failed", culture);
            problem["errors"] = errors;
            return (400, problem);
        }
        signup.ProfileSet = true;
        return (200, new { signupId = signup.Id, status = "profile_set" });
    }

    private (int, object?) SendPhoneCode(Guid signupId, JsonElement body, string culture)
    {
        if (!_signups.TryGetValue(signupId, out var signup)) return (404, ProblemOf(404, "signup_not_found", culture));
        if (signup.AccountId is not null) return (409, ProblemOf(409, "account_exists", culture));
        if (!signup.Verified) return (409, ProblemOf(409, "email_not_verified", culture));
        if (!signup.ProfileSet) return (409, ProblemOf(409, "profile_not_set", culture));
        var channel = String(body, "channel");
        if (channel is not ("sms" or "voice")) return Validation("channel", culture == "en" ? "Please choose how to receive the code (SMS or voice call)." : "確認コードの受け取り方法（SMSまたは電話）を選んでください。", culture);
        var raw = String(body, "phoneNumber");
        if (string.IsNullOrWhiteSpace(raw)) return Validation("phoneNumber", culture == "en" ? "Please enter your phone number." : "電話番号を入力してください。", culture);
        var digits = string.Concat(raw.Normalize(NormalizationForm.FormKC).Where(char.IsAsciiDigit));
        var mobile = digits.Length == 11 && (digits.StartsWith("070", StringComparison.Ordinal) || digits.StartsWith("080", StringComparison.Ordinal) || digits.StartsWith("090", StringComparison.Ordinal));
        // Like the real service: a voice call can also go to a landline (0 and 9 more digits, e.g. 03-1234-5678).
        var landline = channel == "voice" && digits.Length == 10 && digits[0] == '0' && digits[1] != '0';
        if (!mobile && !landline)
            return Validation("phoneNumber", culture == "en" ? "Enter a Japanese mobile number (070, 080 or 090, 11 digits)." : "携帯電話番号（070・080・090で始まる11桁）をご入力ください。", culture);
        var now = DateTimeOffset.UtcNow;
        if (signup.PhoneResendAvailableAt > now)
            return (429, ProblemOf(429, "resend_too_soon", culture, retryAfterSeconds: (int)Math.Ceiling((signup.PhoneResendAvailableAt - now).TotalSeconds)));
        signup.PhoneCode = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        signup.PhoneCodeExpiresAt = now.AddMinutes(10);
        signup.PhoneResendAvailableAt = now + ResendCooldown;
        signup.PhoneAttemptsRemaining = 5;
        var sentTo = "*******" + digits[^4..];
        PhoneCodes.Enqueue(new SentPhoneCode(signup.Id, digits, channel, signup.PhoneCode));
        return (202, new { sentTo, expiresAt = signup.PhoneCodeExpiresAt, resendAvailableAt = signup.PhoneResendAvailableAt });
    }

    private (int, object?) VerifyPhone(Guid signupId, JsonElement body, string culture)
    {
        var raw = String(body, "code");
        if (string.IsNullOrWhiteSpace(raw)) return Validation("code", culture == "en" ? "Enter the verification code." : "確認コードを入力してください。", culture);
        var code = string.Concat(raw.Normalize(NormalizationForm.FormKC).Where(ch => !char.IsWhiteSpace(ch)));
        if (code is not { Length: 6 } || !code.All(char.IsAsciiDigit))
            return Validation("code", culture == "en" ? "Enter the 6-digit code." : "確認コードは半角数字6桁でご入力ください。", culture);
        if (!_signups.TryGetValue(signupId, out var signup)) return (404, ProblemOf(404, "signup_not_found", culture));
        if (signup.AccountId is not null || _accounts.Contains(signup.Email)) return (409, ProblemOf(409, "account_exists", culture));
        if (signup.PhoneCode is null) return (409, ProblemOf(409, "phone_code_not_sent", culture));
        if (signup.PhoneAttemptsRemaining <= 0) return (410, ProblemOf(410, "code_locked", culture, attemptsRemaining: 0));
        if (signup.PhoneCodeExpiresAt <= DateTimeOffset.UtcNow) return (410, ProblemOf(410, "code_expired", culture));
        if (code != signup.PhoneCode)
        {
            signup.PhoneAttemptsRemaining--;
            return signup.PhoneAttemptsRemaining > 0
                ? (400, ProblemOf(400, "invalid_code", culture, attemptsRemaining: signup.PhoneAttemptsRemaining))
                : (410, ProblemOf(410, "code_locked", culture, attemptsRemaining: 0));
        }
        signup.AccountId = Guid.NewGuid();
        _accounts.Add(signup.Email);
        return (201, new { accountId = signup.AccountId });
    }

    private void Issue(Signup signup)
    {
        var now = DateTimeOffset.UtcNow;
        signup.Code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        signup.CodeExpiresAt = now.AddMinutes(15);
        signup.ResendAvailableAt = now + ResendCooldown;
        signup.AttemptsRemaining = 5;
        Mail.Enqueue(new SentPasscode(signup.Id, signup.Email, signup.Code));
    }

    private static object Started(Signup signup) =>
        new { signupId = signup.Id, expiresAt = signup.ExpiresAt, codeExpiresAt = signup.CodeExpiresAt, resendAvailableAt = signup.ResendAvailableAt };

    public static JsonObject Problem(int status, string code, string title, int? attemptsRemaining = null, int? retryAfterSeconds = null)
    {
        var problem = new JsonObject { ["status"] = status, ["title"] = title, ["code"] = code };
        if (attemptsRemaining is { } remaining) problem["attemptsRemaining"] = remaining;
        if (retryAfterSeconds is { } seconds) problem["retryAfterSeconds"] = seconds;
        return problem;
    }

    public static string TitleOf(string code, string culture = "ja") => culture == "en" ? Titles[code].En : Titles[code].Ja;

    private static JsonObject ProblemOf(int status, string code, string culture, int? attemptsRemaining = null, int? retryAfterSeconds = null) =>
        Problem(status, code, TitleOf(code, culture), attemptsRemaining, retryAfterSeconds);

    private static (int, object?) Validation(string field, string message, string culture)
    {
        var problem = ProblemOf(400, "validation_failed", culture);
        problem["errors"] = new JsonObject { [field] = new JsonArray(message) };
        return (400, problem);
    }

    private static string? String(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // services/identity-portal/.../Apis/ProblemText.cs
    private static readonly Dictionary<string, (string Ja, string En)> Titles = new()
    {
        ["validation_failed"] = ("入力内容をご確認ください。", "Please check what you entered."),
        ["step1_not_completed"] = ("このメールアドレスはSTEP 1「メールアドレスの確認」が完了していません。先にSTEP 1でメールアドレスの確認を行い、確認したメールアドレスでサインアップしてください。",
            "This e-mail address has not been confirmed in STEP 1 (\"Confirm your e-mail address\"). Please complete STEP 1 first, then sign up with the address you confirmed there."),
        ["account_exists"] = ("このメールアドレスのマイポータルアカウントはすでに登録されています。サインインしてください。",
            "A My Portal account already exists for this e-mail address. Please sign in."),
        ["resend_too_soon"] = ("確認コードを送信したばかりです。少し待ってから再送信してください。",
            "A verification code was just sent. Please wait a moment before sending another."),
        ["signup_not_found"] = ("サインアップの情報が見つかりません。「今すぐサインアップ」からやり直してください。",
            "We could not find this sign-up. Please start again with \"Sign up now\"."),
        ["signup_expired"] = ("サインアップの有効期限が切れました。「今すぐサインアップ」からやり直してください。",
            "This sign-up has expired. Please start again with \"Sign up now\"."),
        ["invalid_code"] = ("確認コードが正しくありません。", "The verification code is not correct."),
        ["code_expired"] = ("確認コードの有効期限が切れました。新しい確認コードを送信してください。", "The verification code has expired. Please send a new code."),
        ["code_locked"] = ("確認コードの入力誤りが上限に達しました。新しい確認コードを送信してください。", "Too many incorrect codes. Please send a new code."),
        ["code_used"] = ("この確認コードは使用済みです。メールアドレスの確認はすでに完了しています。", "This code has already been used. Your e-mail address is already verified."),
        ["email_not_verified"] = ("メールアドレスの確認が完了していません。メールで届いた確認コードを入力してから、パスワードとお名前を設定してください。",
            "Your e-mail address is not verified yet. Please enter the code from the e-mail first, then set your password and name."),
        ["profile_not_set"] = ("パスワードとお名前がまだ設定されていません。先にパスワードとお名前を設定してください。",
            "Your password and name are not set yet. Please set them first."),
        ["phone_code_not_sent"] = ("電話番号の確認コードがまだ送信されていません。電話番号を入力して「コードの送信」または「電話する」を押してください。",
            "No phone code has been sent yet. Please enter your phone number and choose \"Send code\" or \"Call me\"."),
        ["sign_in_not_found"] = ("サインインの情報が見つかりません。メールアドレスの入力からやり直してください。",
            "We could not find this sign-in. Please enter your e-mail address again."),
        ["sign_in_locked"] = ("確認コードの入力誤りが続いたため、しばらくサインインを受け付けません。時間をおいてからお試しください。",
            "Too many incorrect codes. Please wait before signing in again."),
        ["code_superseded"] = ("新しい確認コードを送信したため、このコードは無効になりました。最新のメールの確認コードを入力してください。",
            "A new code was sent, so this one no longer works. Please enter the code from the latest e-mail."),
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed class Signup(Guid id, string email)
    {
        public Guid Id { get; } = id;
        public string Email { get; } = email;
        public string Code { get; set; } = "";
        public DateTimeOffset ExpiresAt { get; set; }
        public DateTimeOffset CodeExpiresAt { get; set; }
        public DateTimeOffset ResendAvailableAt { get; set; }
        public int AttemptsRemaining { get; set; } = 5;
        public bool Verified { get; set; }
        public bool ProfileSet { get; set; }
        public string? PhoneCode { get; set; }
        public DateTimeOffset PhoneCodeExpiresAt { get; set; }
        public DateTimeOffset PhoneResendAvailableAt { get; set; }
        public int PhoneAttemptsRemaining { get; set; }
        public Guid? AccountId { get; set; }
    }
}

public sealed record SentPhoneCode(Guid SignupId, string PhoneNumber, string Channel, string Code);
