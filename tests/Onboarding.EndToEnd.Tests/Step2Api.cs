using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Onboarding.AppHost;

namespace Onboarding.EndToEnd.Tests;

/// <summary>
/// STEP 2's sign-up API as the portal UI calls it, through the gateway, plus where its codes arrive: the e-mail code
/// in smtp4dev, the SMS/voice code in the notification service's development phone sink
/// (<c>GET /dev/phone-messages/latest?to=+8190…</c>, on the notification service itself, not the gateway).
/// </summary>
public sealed partial class Step2Api(SystemFixture system)
{
    public const string EmailCodeSubject = "【大学生協】マイポータル登録の確認コード";

    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(90);

    public Task<HttpResponseMessage> PostSignupAsync(string email) =>
        system.Gateway.PostAsJsonAsync("/api/portal/signups", new { email });

    /// <summary>
    /// Starts a sign-up, retrying briefly while the portal answers 409 <c>step1_not_completed</c>: it learns of the
    /// STEP 1 confirmation from the <c>MemberEmailConfirmed</c> event, a moment after membership answered.
    /// </summary>
    public async Task<SignupStarted> StartSignupOnceStep1ArrivedAsync(string email, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (true)
        {
            using var response = await PostSignupAsync(email);
            if (response.StatusCode == HttpStatusCode.Conflict && DateTime.UtcNow < deadline)
            {
                var text = await response.Content.ReadAsStringAsync();
                var problem = JsonSerializer.Deserialize<Step1Api.Problem>(text, Step1Api.Json);
                Assert.True(problem?.Code == "step1_not_completed", $"POST /api/portal/signups: unexpected 409: {text}");
                await Task.Delay(TimeSpan.FromMilliseconds(500));
                continue;
            }
            return await Step1Api.ReadAsync<SignupStarted>(response, HttpStatusCode.Created);
        }
    }

    public Task<HttpResponseMessage> VerifyEmailAsync(Guid signupId, string code) =>
        system.Gateway.PostAsJsonAsync($"/api/portal/signups/{signupId}/email-verification", new { code });

    public Task<HttpResponseMessage> SetProfileAsync(Guid signupId, string password, string familyName, string givenName) =>
        system.Gateway.PostAsJsonAsync($"/api/portal/signups/{signupId}/profile",
            new { password, passwordConfirmation = password, familyName, givenName });

    public Task<HttpResponseMessage> SendPhoneCodeAsync(Guid signupId, string phoneNumber, string channel = "sms") =>
        system.Gateway.PostAsJsonAsync($"/api/portal/signups/{signupId}/phone", new { phoneNumber, channel });

    public Task<HttpResponseMessage> VerifyPhoneAsync(Guid signupId, string code) =>
        system.Gateway.PostAsJsonAsync($"/api/portal/signups/{signupId}/phone-verification", new { code });

    /// <summary>The 確認コード of the sign-up mail to <paramref name="email"/> (the STEP 1 mail to it has another subject).</summary>
    public async Task<string> WaitForEmailCodeAsync(string email, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (true)
        {
            var messages = await system.Inbox.ListMessagesToAsync(email);
            var mail = messages.Where(m => m.Subject == EmailCodeSubject).OrderByDescending(m => m.ReceivedDate).FirstOrDefault();
            if (mail is not null)
            {
                var body = await system.Inbox.GetPlainTextAsync(mail.Id);
                var code = CodeLine().Match(body);
                Assert.True(code.Success, $"No 「確認コード: 123456」 line in the mail:{Environment.NewLine}{body}");
                return code.Groups[1].Value;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(
                    $"No 「{EmailCodeSubject}」 mail to {email} within {timeout ?? DefaultTimeout}. Mails to it: " +
                    string.Join("; ", messages.Select(m => $"{m.ReceivedDate:HH:mm:ss} 「{m.Subject}」")));
            }
            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
    }

    /// <summary>The code of the latest message the development phone sink holds for <paramref name="e164"/>.</summary>
    public async Task<PhoneMessage> WaitForPhoneCodeAsync(string e164, TimeSpan? timeout = null)
    {
        using var notification = system.App.CreateHttpClient(ResourceNames.Notification, ResourceNames.HttpEndpoint);
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        var path = $"/dev/phone-messages/latest?to={Uri.EscapeDataString(e164)}";
        while (true)
        {
            using var response = await notification.GetAsync(path);
            var text = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var message = JsonSerializer.Deserialize<PhoneMessage>(text, Step1Api.Json)!;
                var code = CodeLine().Match(message.Text);
                Assert.True(code.Success, $"No 「確認コード: 123456」 in the phone message: {message.Text}");
                return message with { Code = code.Groups[1].Value };
            }
            Assert.True(response.StatusCode == HttpStatusCode.NotFound,
                $"GET {path} on notification: {(int)response.StatusCode} {response.StatusCode}: {text}");
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No phone message to {e164} reached the development sink within {timeout ?? DefaultTimeout}.");
            }
            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
    }

    /// <summary>A mobile number nobody else uses in this run: 090, then a non-zero digit and 7 random ones.</summary>
    public static (string Typed, string E164) UniqueMobileNumber()
    {
        var rest = $"{Random.Shared.Next(1, 10)}{Random.Shared.Next(0, 10_000_000):D7}";
        return ($"090{rest}", $"+8190{rest}");
    }

    public sealed record SignupStarted(Guid SignupId, DateTimeOffset ExpiresAt, DateTimeOffset CodeExpiresAt, DateTimeOffset ResendAvailableAt);

    public sealed record EmailVerified(Guid SignupId, string Email, DateTimeOffset EmailVerifiedAt);

    public sealed record ProfileSet(Guid SignupId, string FamilyName, string GivenName);

    public sealed record PhoneCodeSent(string SentTo, DateTimeOffset ExpiresAt, DateTimeOffset ResendAvailableAt);

    public sealed record AccountCreated(Guid AccountId);

    public sealed record PhoneMessage(Guid Id, string Channel, string To, string Text, DateTimeOffset CreatedAt, string? Code = null);

    [GeneratedRegex(@"確認コード:\s*(\d{6})\b")]
    private static partial Regex CodeLine();
}
