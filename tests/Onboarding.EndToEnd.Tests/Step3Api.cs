using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Onboarding.Testing.Smtp;

namespace Onboarding.EndToEnd.Tests;

/// <summary>
/// STEP 3's HTTP API as the mypage calls it, through the gateway (docs/architecture.md §7): the sign-in by e-mailed code
/// (identity-portal's tokens), the start of the link at wallet-link, the wallet overview and membership's onboarding
/// progress; plus where the codes arrive (the co-op's sign-in mail and the provider's 認証コード mail, both in smtp4dev).
/// </summary>
public sealed partial class Step3Api(SystemFixture system)
{
    public const string SignInSubject = "【大学生協】マイページ サインインの確認コード";
    public const string SignInSubjectEnglish = "University Co-op mypage: your sign-in code";
    public const string ProviderMailSender = "no-reply@sandbox.pokepay.example";

    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(90);

    public Task<HttpResponseMessage> PostSignInAsync(string email) =>
        system.Gateway.PostAsJsonAsync("/api/portal/sign-ins", new { email });

    public Task<HttpResponseMessage> PostSignInVerificationAsync(Guid signInId, string code) =>
        system.Gateway.PostAsJsonAsync($"/api/portal/sign-ins/{signInId}/verification", new { code });

    /// <summary>Starts a sign-in by e-mailed code, which must be accepted (202).</summary>
    public async Task<SignInStarted> StartSignInAsync(string email)
    {
        using var response = await PostSignInAsync(email);
        return await Step1Api.ReadAsync<SignInStarted>(response, HttpStatusCode.Accepted);
    }

    /// <summary>The code typed: the member's tokens (OAuth-style snake_case: <c>access_token</c>, <c>member_id</c>).</summary>
    public async Task<MemberTokens> VerifySignInAsync(Guid signInId, string code)
    {
        using var response = await PostSignInVerificationAsync(signInId, code);
        var body = await Step1Api.ReadAsync<JsonElement>(response, HttpStatusCode.OK);
        var accessToken = body.GetProperty("access_token").GetString();
        Assert.False(string.IsNullOrEmpty(accessToken), $"No access_token: {body}");
        Assert.True(body.TryGetProperty("refresh_token", out _), $"No refresh_token: {body}");
        var memberId = body.TryGetProperty("member_id", out var id) ? Guid.Parse(id.GetString()!) : Guid.Empty;
        return new MemberTokens(accessToken!, memberId, body);
    }

    /// <summary>POST /api/wallet/links with the member's bearer token; 201 with the provider's authorize address and
    /// the cookie (<c>name=value</c>) that binds the attempt to the browser that started it.</summary>
    public async Task<(Uri AuthorizationUrl, string BindingCookie)> StartLinkAsync(string accessToken, string returnUrl = "/step3/mypage")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/wallet/links") { Content = JsonContent.Create(new { returnUrl }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await system.Gateway.SendAsync(request);
        var body = await Step1Api.ReadAsync<JsonElement>(response, HttpStatusCode.Created);
        var binding = body.GetProperty("browserBinding");
        return (new Uri(body.GetProperty("authorizationUrl").GetString()!),
            $"{binding.GetProperty("cookieName").GetString()}={binding.GetProperty("cookieValue").GetString()}");
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? accessToken = null, bool asOperator = false)
    {
        using var request = new HttpRequestMessage(method, path);
        if (accessToken is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        if (asOperator) request.Headers.Add("X-Operator-Key", system.OperatorApiKey);
        // Operators reach membership itself: the gateway drops the operator key.
        return await (asOperator ? system.MembershipDirect : system.Gateway).SendAsync(request);
    }

    /// <summary>GET /api/wallet/me, which must answer 200.</summary>
    public async Task<JsonElement> GetWalletAsync(string accessToken)
    {
        using var response = await SendAsync(HttpMethod.Get, "/api/wallet/me", accessToken);
        return await Step1Api.ReadAsync<JsonElement>(response, HttpStatusCode.OK);
    }

    /// <summary>GET /api/membership/onboarding/{memberId}, as the member (bearer) or as an operator.</summary>
    public async Task<JsonElement> GetProgressAsync(Guid memberId, string? accessToken = null)
    {
        using var response = await SendAsync(HttpMethod.Get, $"/api/membership/onboarding/{memberId}", accessToken, asOperator: accessToken is null);
        return await Step1Api.ReadAsync<JsonElement>(response, HttpStatusCode.OK);
    }

    /// <summary>Polls the progress until <c>completedAt</c> is set (membership learns of the link from <c>WalletLinked</c>).</summary>
    public async Task<JsonElement> WaitForCompletedProgressAsync(Guid memberId, string? accessToken = null, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (true)
        {
            var progress = await GetProgressAsync(memberId, accessToken);
            if (progress.TryGetProperty("completedAt", out var completedAt) && completedAt.ValueKind == JsonValueKind.String) return progress;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Onboarding of {memberId} never completed: {progress}");
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>The ids of the mails <paramref name="email"/> has now, so that a code can be read from the next one only.</summary>
    public async Task<HashSet<Guid>> MailIdsToAsync(string email) =>
        [.. (await system.Inbox.ListMessagesToAsync(email)).Select(m => m.Id)];

    /// <summary>The code of the first mail to <paramref name="email"/> not in <paramref name="seen"/> that matches <paramref name="isTheMail"/>.</summary>
    public async Task<string> WaitForCodeMailAsync(
        string email, IReadOnlySet<Guid> seen, Func<Smtp4devMessageSummary, bool> isTheMail, Regex codePattern, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (true)
        {
            var messages = await system.Inbox.ListMessagesToAsync(email);
            var mail = messages.Where(m => !seen.Contains(m.Id) && isTheMail(m)).OrderByDescending(m => m.ReceivedDate).FirstOrDefault();
            if (mail is not null)
            {
                var body = await system.Inbox.GetPlainTextAsync(mail.Id);
                var code = codePattern.Match(body);
                Assert.True(code.Success, $"No code matching {codePattern} in the mail 「{mail.Subject}」:{Environment.NewLine}{body}");
                return code.Groups[1].Value;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No new matching mail to {email} within {timeout ?? DefaultTimeout}. Mails to it: " +
                    string.Join("; ", messages.Select(m => $"{m.ReceivedDate:HH:mm:ss} 「{m.Subject}」 from {m.From}")));
            }
            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
    }

    /// <summary>The text of the first mail to <paramref name="email"/> not in <paramref name="seen"/> with this subject.</summary>
    public async Task<string> WaitForMailTextAsync(string email, IReadOnlySet<Guid> seen, string subject)
    {
        var deadline = DateTime.UtcNow + DefaultTimeout;
        while (true)
        {
            var mail = (await system.Inbox.ListMessagesToAsync(email)).FirstOrDefault(m => !seen.Contains(m.Id) && m.Subject == subject);
            if (mail is not null) return await system.Inbox.GetPlainTextAsync(mail.Id);
            Assert.True(DateTime.UtcNow < deadline, $"No mail 「{subject}」 to {email}.");
            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
    }

    /// <summary>The mypage sign-in code (Japanese 「確認コード: 123456」 or English "Sign-in code: 123456").</summary>
    public Task<string> WaitForSignInCodeAsync(string email, IReadOnlySet<Guid> seen) =>
        WaitForCodeMailAsync(email, seen, m => m.Subject is SignInSubject or SignInSubjectEnglish, CoopCodeLine());

    /// <summary>The provider's 認証コード, mailed by the sandbox from its own sender.</summary>
    public Task<string> WaitForProviderCodeAsync(string email, IReadOnlySet<Guid> seen) =>
        WaitForCodeMailAsync(email, seen, m => (m.From ?? "").Contains(ProviderMailSender), ProviderCodeLine());

    /// <summary>STEP 2's sign-up code, in Japanese or English.</summary>
    public Task<string> WaitForSignupCodeAsync(string email, IReadOnlySet<Guid> seen) =>
        WaitForCodeMailAsync(email, seen, m => m.Subject is Step2Api.EmailCodeSubject or "University Co-op My Portal: your verification code", CoopCodeLine());

    /// <summary>STEP 1 (the address on file) and STEP 2 (SMS) by API for a member imported with <paramref name="email"/> on file.</summary>
    public async Task CompleteSteps1And2Async(Step2BrowserDriver.FreshMember member, string email)
    {
        var step1 = new Step1Api(system);
        var step2 = new Step2Api(system);
        var lookup = await step1.LookUpAsync(member.Number, $"{member.BirthYear:D4}-{member.BirthMonth:D2}-{member.BirthDay:D2}");
        Assert.Equal(member.MaskedName, lookup.MaskedName);
        var sent = await step1.SendToRegisteredAsync(member.Number, lookup.LookupId);
        var passcode = await PasscodeMail.WaitForAsync(system.Inbox, sent.ChallengeId);
        using (var verified = await step1.VerifyAsync(sent.ChallengeId, passcode.Passcode))
        {
            Assert.Equal(email, (await Step1Api.ReadAsync<Step1Api.EmailConfirmed>(verified, HttpStatusCode.OK)).Email);
        }

        var signup = await step2.StartSignupOnceStep1ArrivedAsync(email);
        var emailCode = await step2.WaitForEmailCodeAsync(email);
        using (var response = await step2.VerifyEmailAsync(signup.SignupId, emailCode)) await Step1Api.ReadAsync<JsonElement>(response, HttpStatusCode.OK);
        using (var response = await step2.SetProfileAsync(signup.SignupId, "Koala-Sunrise-2026", member.FamilyName, member.GivenName)) await Step1Api.ReadAsync<JsonElement>(response, HttpStatusCode.OK);
        var (phone, e164) = Step2Api.UniqueMobileNumber();
        using (var response = await step2.SendPhoneCodeAsync(signup.SignupId, phone)) await Step1Api.ReadAsync<JsonElement>(response, HttpStatusCode.Accepted);
        var sms = await step2.WaitForPhoneCodeAsync(e164);
        using (var response = await step2.VerifyPhoneAsync(signup.SignupId, sms.Code!)) await Step1Api.ReadAsync<JsonElement>(response, HttpStatusCode.Created);
    }

    public sealed record SignInStarted(Guid SignInId, string SentTo, DateTimeOffset ExpiresAt, DateTimeOffset CodeExpiresAt, DateTimeOffset ResendAvailableAt);

    public sealed record MemberTokens(string AccessToken, Guid MemberId, JsonElement Body);

    [GeneratedRegex(@"(?:確認コード|Sign-in code|Verification code):\s*(\d{6})\b")]
    public static partial Regex CoopCodeLine();

    [GeneratedRegex(@"認証コード: (\d{6})\b")]
    public static partial Regex ProviderCodeLine();
}
