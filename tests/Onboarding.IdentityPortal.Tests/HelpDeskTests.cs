using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Onboarding.Contracts.Commands;
using Onboarding.IdentityPortal.Domain;

namespace Onboarding.IdentityPortal.Tests;

/// <summary>
/// The help desk's operator endpoints (docs/api.md, "The help desk"): a member's timeline from identity-portal's own
/// tables, in order, masked, and never another member's; the account summary; the search by phone number; and the
/// operator key in front of all of them.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class HelpDeskTests(PortalApiFactory factory) : IClassFixture<PortalApiFactory>
{
    private const string Operator = "/api/portal/operator";
    private readonly SignInClient _signIns = new(factory);
    private readonly HttpClient _http = factory.CreateClient();

    [Fact]
    public async Task The_timeline_shows_the_members_sign_up_account_sign_ins_and_changes_oldest_first_masked_and_nobody_elses()
    {
        var phone = NewPhone();
        var user = await _signIns.CreateAccountAsync();
        await SetPhoneAsync(user.Id, phone);
        var other = await _signIns.CreateAccountAsync();
        var start = factory.Clock.GetUtcNow().AddMinutes(-30);
        var flowId = Guid.NewGuid();
        var otherFlowId = Guid.NewGuid();
        await factory.WithDbAsync(async db =>
        {
            var flow = SignupFlow.Start(flowId, user.MemberId, user.Email!, start);
            db.EmailCodeChallenges.Add(EmailCodeChallenge.Issue(Guid.NewGuid(), flowId, user.Email!, new byte[32], start.AddSeconds(1)));
            flow.EmailVerified(start.AddMinutes(1));
            flow.SetProfile("hash-of-the-password", "岡田", "太郎", start.AddMinutes(2));
            var sms = PhoneCodeChallenge.Issue(Guid.NewGuid(), flowId, phone, PhoneChannel.Sms, new byte[32], start.AddMinutes(3));
            sms.Void();
            db.PhoneCodeChallenges.Add(sms);
            var voice = PhoneCodeChallenge.Issue(Guid.NewGuid(), flowId, phone, PhoneChannel.Voice, new byte[32], start.AddMinutes(4));
            voice.Verify(_ => true, start.AddMinutes(5));
            db.PhoneCodeChallenges.Add(voice);
            flow.Completed(phone, user.Id, start.AddMinutes(5));
            db.SignupFlows.Add(flow);
            // Another member's sign-up at the same moments: none of it may show.
            db.SignupFlows.Add(SignupFlow.Start(otherFlowId, other.MemberId, other.Email!, start));
            db.EmailChanges.Add(EmailChange.Start(Guid.NewGuid(), user.Id, "newaddress@example.ac.jp", factory.Clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.Accepted, (await _signIns.StartAsync(user.Email)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await _signIns.StartAsync(other.Email)).StatusCode);
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.Unauthorized, (await _signIns.PasswordAsync(user.Email, "Wrong-password-1")).StatusCode);

        var response = await GetAsync($"{Operator}/members/{user.MemberId}/timeline");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var entries = JsonDocument.Parse(text).RootElement.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(
            [
                "signup.started", "signup.email-code.sent", "signup.email-verified", "signup.profile-set",
                "signup.phone-code.sent", "signup.phone-code.sent", "signup.phone-verified", "account.created",
                "email-change.requested", "sign-in.started", "sign-in.code.sent", "sign-in.password-failed",
            ],
            entries.Select(e => e.GetProperty("kind").GetString()));
        var times = entries.Select(e => e.GetProperty("at").GetDateTimeOffset()).ToList();
        Assert.Equal(times.Order(), times);

        Assert.Equal(Mask(user.Email!), Fact(entries[0], "email"));
        Assert.Equal(("sms", "voided"), (Fact(entries[4], "channel"), Fact(entries[4], "outcome")));
        Assert.Equal(("voice", "verified"), (Fact(entries[5], "channel"), Fact(entries[5], "outcome")));
        Assert.Equal($"090-****-{phone[^4..]}", Fact(entries[5], "phone"));
        Assert.Equal("new*****@example.ac.jp", Fact(entries[8], "email"));
        Assert.Equal("code", Fact(entries[9], "method"));
        Assert.Equal("pending", Fact(entries[10], "outcome"));
        Assert.Equal("1", Fact(entries[11], "failedAttempts"));

        // Nothing personal in full, no other member, no code material.
        Assert.DoesNotContain(user.Email!, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("newaddress@", text);
        Assert.DoesNotContain(phone, text);
        Assert.DoesNotContain(phone[3..], text);
        Assert.DoesNotContain(other.MemberId.ToString(), text);
        Assert.DoesNotContain(otherFlowId.ToString(), text);
        Assert.DoesNotContain(Mask(other.Email!), text);
        Assert.DoesNotContain("hash", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_unknown_member_has_an_empty_timeline_and_no_summary()
    {
        var timeline = await GetAsync($"{Operator}/members/{Guid.NewGuid()}/timeline");
        Assert.Equal(HttpStatusCode.OK, timeline.StatusCode);
        Assert.Equal(0, (await ApiClient.JsonAsync(timeline)).GetProperty("entries").GetArrayLength());

        await ApiClient.ProblemAsync(await GetAsync($"{Operator}/members/{Guid.NewGuid()}"), HttpStatusCode.NotFound, "member_not_found");
    }

    [Theory]
    [InlineData("/members/not-a-guid/timeline")]
    [InlineData("/members/12345/timeline")]
    [InlineData("/members/not-a-guid")]
    public async Task A_member_id_that_is_not_a_guid_is_a_problem_not_a_failure(string path)
    {
        var response = await GetAsync(Operator + path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(string.IsNullOrEmpty((await ApiClient.JsonAsync(response)).GetProperty("code").GetString()));
    }

    [Fact]
    public async Task The_summary_shows_the_account_in_full_and_password_sign_ins_lock_out()
    {
        var phone = NewPhone();
        var user = await _signIns.CreateAccountAsync();
        await SetPhoneAsync(user.Id, phone);
        for (var i = 0; i < SignInLockout.MaxFailedAttempts; i++) await _signIns.PasswordAsync(user.Email, "Wrong-password-1");

        var response = await GetAsync($"{Operator}/members/{user.MemberId}");
        var summary = await ApiClient.JsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, summary.ToString());
        Assert.True(summary.GetProperty("accountExists").GetBoolean());
        var account = summary.GetProperty("account");
        Assert.Equal(user.Id, account.GetProperty("accountId").GetGuid());
        Assert.Equal(user.Email, account.GetProperty("email").GetString());
        Assert.Equal(phone, account.GetProperty("phoneNumber").GetString());
        Assert.Equal(("岡田", "太郎"), (account.GetProperty("familyName").GetString(), account.GetProperty("givenName").GetString()));
        var password = account.GetProperty("passwordSignIn");
        Assert.True(password.GetProperty("locked").GetBoolean());
        Assert.Equal(SignInLockout.MaxFailedAttempts, password.GetProperty("failedAttempts").GetInt32());
        Assert.Equal(factory.Clock.GetUtcNow() + SignInLockout.LockoutDuration, password.GetProperty("lockedUntil").GetDateTimeOffset());
    }

    [Theory]
    [InlineData("{0}")]
    [InlineData("0{1}-{2}-{3}")]
    [InlineData("+81 {1} {2} {3}")]
    [InlineData("０{1}ー{2}ー{3}")]
    public async Task The_phone_search_finds_the_member_by_the_whole_number_in_any_usual_form(string form)
    {
        var phone = NewPhone();
        var user = await _signIns.CreateAccountAsync();
        await SetPhoneAsync(user.Id, phone);
        var national = phone[3..];
        var typed = string.Format(form, phone, national[..2], national[2..6], national[6..]);
        if (form.StartsWith('０')) typed = ToFullWidth(typed);

        var found = await SearchAsync(typed);
        Assert.Equal([user.MemberId], found.GetProperty("memberIds").EnumerateArray().Select(e => e.GetGuid()));
        Assert.False(found.GetProperty("truncated").GetBoolean());
    }

    [Fact]
    public async Task The_phone_search_finds_by_the_last_digits_newest_first_and_says_when_there_are_more_than_20()
    {
        var phone = NewPhone();
        var older = await _signIns.CreateAccountAsync();
        await SetPhoneAsync(older.Id, phone);
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var newer = await _signIns.CreateAccountAsync();
        // The same last seven digits, another eighth (a fixed "9" would be the same number whenever the phone has one there).
        await SetPhoneAsync(newer.Id, phone[..^8] + (phone[^8] == '9' ? '8' : '9') + phone[^7..]);

        var byFour = (await SearchAsync(phone[^4..])).GetProperty("memberIds").EnumerateArray().Select(e => e.GetGuid()).ToList();
        Assert.True(byFour.IndexOf(newer.MemberId) is >= 0 and var n && n < byFour.IndexOf(older.MemberId), string.Join(", ", byFour));
        var bySeven = (await SearchAsync("-" + phone[^7..^4] + "-" + phone[^4..])).GetProperty("memberIds").EnumerateArray().Select(e => e.GetGuid()).ToList();
        Assert.Contains(older.MemberId, bySeven);
        Assert.Contains(newer.MemberId, bySeven);
        var byEight = (await SearchAsync(phone[^8..])).GetProperty("memberIds").EnumerateArray().Select(e => e.GetGuid()).ToList();
        Assert.Equal([older.MemberId], byEight);

        // 21 accounts ending in the same four digits: 20 of them, and "truncated".
        var suffix = Random.Shared.Next(0, 10_000).ToString("D4");
        await factory.WithDbAsync(async db =>
        {
            for (var i = 0; i < 21; i++)
            {
                var id = Guid.CreateVersion7();
                db.Users.Add(new PortalUser
                {
                    Id = id, MemberId = Guid.NewGuid(), UserName = $"bulk{id:N}@example.ac.jp", Email = $"bulk{id:N}@example.ac.jp",
                    PhoneNumber = $"+8180{Random.Shared.Next(0, 10_000):D4}{suffix}", CreatedAt = factory.Clock.GetUtcNow().AddSeconds(i),
                });
            }
            return await db.SaveChangesAsync();
        });
        var many = await SearchAsync(suffix);
        Assert.Equal(20, many.GetProperty("memberIds").GetArrayLength());
        Assert.True(many.GetProperty("truncated").GetBoolean());
    }

    [Theory]
    [InlineData("""{"phone":""}""", "phone.required")]
    [InlineData("""{}""", "phone.required")]
    [InlineData("""{"phone":"567"}""", "phone.format")]
    [InlineData("""{"phone":"abcd"}""", "phone.format")]
    [InlineData("""{"phone":"5678%"}""", "phone.format")]
    [InlineData("""{"phone":"090-1234-567a"}""", "phone.format")]
    [InlineData("""{"phone":"123456789012"}""", "phone.format")]
    [InlineData("""{"phone":"+1 212 555 1234"}""", "phone.format")]
    public async Task The_phone_search_refuses_what_is_neither_a_number_nor_its_last_digits(string body, string error)
    {
        var problem = await ApiClient.ProblemAsync(await PostAsync(body), HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(error, problem.GetProperty("errorCodes").GetProperty("phone").GetString());
    }

    [Theory]
    [InlineData("{")]
    [InlineData("""{"phone": 5678}""")]
    [InlineData("[]")]
    public async Task Malformed_json_is_a_400_problem(string body)
    {
        var response = await PostAsync(body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_oversized_body_is_refused()
    {
        var response = await PostAsync($$"""{"phone":"{{new string('1', 100_000)}}"}""");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("GET", "/members/{0}/timeline", null)]
    [InlineData("GET", "/members/{0}", null)]
    [InlineData("POST", "/member-searches/by-phone", "wrong-key")]
    [InlineData("GET", "/members/{0}/timeline", "wrong-key")]
    public async Task The_operator_key_is_required(string method, string path, string? key)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), Operator + string.Format(path, Guid.NewGuid()));
        if (method == "POST") request.Content = JsonContent.Create(new { phone = "5678" });
        if (key is not null) request.Headers.Add("X-Operator-Key", key);
        await ApiClient.ProblemAsync(await _http.SendAsync(request), HttpStatusCode.Unauthorized, "operator_credential_required");
    }

    /// <summary>A mobile number of the test's own; 090-0… is not a valid Japanese number, so the next digit is not 0.</summary>
    private static string NewPhone() => $"+8190{Random.Shared.Next(10_000_000, 100_000_000)}";

    private static string Mask(string email) => email[..3] + "*****" + email[email.IndexOf('@')..];

    private static string? Fact(JsonElement entry, string name) => entry.GetProperty("facts").GetProperty(name).GetString();

    private static string ToFullWidth(string text) =>
        string.Concat(text.Select(c => char.IsAsciiDigit(c) ? (char)(c - '0' + '０') : c));

    private Task<int> SetPhoneAsync(Guid accountId, string phone) => factory.WithDbAsync(async db =>
    {
        var account = await db.Users.FindAsync(accountId);
        account!.PhoneNumber = phone;
        return await db.SaveChangesAsync();
    });

    private async Task<JsonElement> SearchAsync(string phone)
    {
        var response = await PostAsync(JsonSerializer.Serialize(new { phone }));
        var body = await ApiClient.JsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        return body;
    }

    private Task<HttpResponseMessage> GetAsync(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Operator-Key", PortalApiFactory.OperatorKey);
        return _http.SendAsync(request);
    }

    private Task<HttpResponseMessage> PostAsync(string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Operator}/member-searches/by-phone")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Operator-Key", PortalApiFactory.OperatorKey);
        return _http.SendAsync(request);
    }
}
