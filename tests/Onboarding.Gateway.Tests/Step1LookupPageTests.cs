using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Onboarding.Gateway.Pages.Step1;
using Onboarding.Gateway.Tests.Infrastructure;

namespace Onboarding.Gateway.Tests;

/// <summary>STEP 1, screens 1 and 2: member number and birth date → the masked name → on, or stop.</summary>
public sealed class Step1LookupPageTests : IClassFixture<JourneyGateway>
{
    private readonly JourneyGateway _gateway;
    private readonly FakeMembership _membership;

    public Step1LookupPageTests(JourneyGateway gateway)
    {
        _gateway = gateway;
        _membership = gateway.Membership;
        _membership.Reset();
    }

    [Fact]
    public async Task Shows_the_fields_and_button_of_the_notice()
    {
        using var client = _gateway.CreateClient();

        var response = await client.GetAsync("/step1");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<label class=\"field__label\" for=\"memberNumber\">生協組合員番号</label>", html);
        Assert.Contains("半角数字で12桁でご入力ください。", html);
        Assert.Contains("<legend class=\"field__label\">ご本人さまの生年月日</legend>", html);
        Assert.Matches("<label[^>]*for=\"birthYear\">年</label>", html);
        Assert.Matches("<label[^>]*for=\"birthMonth\">月</label>", html);
        Assert.Matches("<label[^>]*for=\"birthDay\">日</label>", html);
        Assert.Contains(">入力内容を確認する</button>", html);
        Assert.Equal("numeric", HtmlForms.Attribute(HtmlForms.Tag(html, "memberNumber"), "inputmode"));
        var form = Regex.Match(html, "<form[^>]*class=\"form\"[^>]*>").Value;
        Assert.Equal("post", HtmlForms.Attribute(form, "method"));
        Assert.Equal("/step1", HtmlForms.Attribute(form, "action"));
        Assert.Contains("name=\"__RequestVerificationToken\"", html);
        // The progress indicator: STEP 1 is the current step.
        Assert.Matches("<li class=\"progress__step progress__step--current\"\\s+aria-current=\"step\">\\s*<span class=\"progress__marker\" aria-hidden=\"true\">1</span>", html);
    }

    [Fact]
    public async Task Year_options_carry_the_Japanese_era()
    {
        (string language, string option)[] rows =
        [
            ("ja-JP", "<option value=\"2004\">2004年（平成16年）</option>"),
            ("ja-JP", "<option value=\"2019\">2019年（平成31年／令和元年）</option>"),
            ("ja-JP", "<option value=\"1989\">1989年（昭和64年／平成元年）</option>"),
            ("ja-JP", "<option value=\"1900\">1900年（明治33年）</option>"),
            ("en-US", "<option value=\"2004\">2004 (Heisei 16)</option>"),
            ("en-US", "<option value=\"2019\">2019 (Heisei 31 / Reiwa 1)</option>"),
            ("en-US", "<option value=\"4\">April</option>"),
        ];

        await Assert.AllAsync(rows, async row =>
        {
            var (language, option) = row;
            _membership.Reset(); // each row starts afresh, as the constructor does for a test
            using var client = _gateway.CreateClient(language);

            var html = await client.GetStringAsync("/step1");

            Assert.Contains(option, html);
        });
    }

    [Fact]
    public async Task A_found_member_goes_on_to_the_confirmation_with_nothing_personal_in_the_url()
    {
        using var client = _gateway.CreateClient();

        // Typed as many members do: full-width digits with a dash. The service normalises it.
        var response = await Step1Steps.LookUpAsync(client, "１２３４５６−７８９０１２", FakeMembership.Member1BirthDate);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/step1/confirm", response.Headers.Location?.OriginalString);
        Step1Steps.AssertNoPersonalData(response, FakeMembership.Member1, "123456", "2004", "岡");
        var sent = Assert.Single(_membership.RequestsTo("POST", "/api/membership/lookups"));
        Assert.Equal("１２３４５６−７８９０１２", sent.Json.GetProperty("memberNumber").GetString());
        Assert.Equal(FakeMembership.Member1BirthDate, sent.Json.GetProperty("birthDate").GetString());
        Assert.Equal("ja", sent.AcceptLanguage);

        // The state travels in a protected cookie: nothing of the member readable in it.
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(Step1State.LookupCookieName, StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("*", Uri.UnescapeDataString(cookie));
        Assert.DoesNotContain(FakeMembership.Member1, cookie);
        Assert.DoesNotContain("lookupId", Uri.UnescapeDataString(cookie), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Confirmation_shows_the_masked_name_and_both_buttons()
    {
        using var client = _gateway.CreateClient();
        await Step1Steps.LookUpSuccessfullyAsync(client);

        var html = await client.GetStringAsync("/step1/confirm");

        Assert.Contains("<h1 id=\"page-title\">ご登録者の確認</h1>", html);
        Assert.Contains("氏名 (一部マスキングしています)", html);
        Assert.Contains("岡*太* さま", html);
        Assert.Contains(">メールアドレスを確認する</button>", html);
        Assert.Contains(">中断する</button>", html);
    }

    [Fact]
    public async Task Pages_with_member_data_are_never_cached()
    {
        string[] rows =
        [
            "/step1",
            "/step1/confirm",
            "/step1/email",
            "/step1/done",
        ];

        await Assert.AllAsync(rows, async path =>
        {
            _membership.Reset(); // each row starts afresh, as the constructor does for a test
            using var client = _gateway.CreateClient();
            await Step1Steps.LookUpSuccessfullyAsync(client);

            var response = await client.GetAsync(path);

            Assert.True(response.Headers.CacheControl?.NoStore, $"{path} may be cached.");
        });
    }

    [Fact]
    public async Task Confirming_leads_to_the_email_screen()
    {
        using var client = _gateway.CreateClient();
        await Step1Steps.LookUpSuccessfullyAsync(client);

        var response = await HtmlForms.PostFormAsync(client, "/step1/confirm", "/step1/confirm/continue");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/step1/email", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Cancelling_returns_to_the_start_and_forgets_the_lookup()
    {
        using var client = _gateway.CreateClient();
        await Step1Steps.LookUpSuccessfullyAsync(client);

        var response = await HtmlForms.PostFormAsync(client, "/step1/confirm", "/step1/confirm/cancel");
        var afterwards = await client.GetStringAsync("/step1/email");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        Assert.Contains("確認情報が見つかりません", afterwards);
        Assert.DoesNotContain("sho*****", afterwards);
        Assert.Contains("href=\"/step1\"", afterwards);
    }

    [Fact]
    public async Task Validation_errors_are_shown_next_to_their_fields_and_linked_from_the_summary()
    {
        using var client = _gateway.CreateClient();

        var response = await HtmlForms.PostFormAsync(client, "/step1", "/step1", new Dictionary<string, string>
        {
            ["MemberNumber"] = "12345",
            ["BirthYear"] = "2004",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("エラー：生協組合員番号は数字12桁で入力してください。", HtmlForms.Text(html, "memberNumber-error"));
        Assert.Equal("エラー：生年月日を選択してください。", HtmlForms.Text(html, "birthDate-error"));

        var input = HtmlForms.Tag(html, "memberNumber");
        Assert.Equal("true", HtmlForms.Attribute(input, "aria-invalid"));
        Assert.Equal("memberNumber-hint memberNumber-error", HtmlForms.Attribute(input, "aria-describedby"));
        Assert.Equal("12345", HtmlForms.Attribute(input, "value"));
        var year = HtmlForms.Tag(html, "birthYear");
        Assert.Equal("true", HtmlForms.Attribute(year, "aria-invalid"));
        Assert.Contains("birthDate-error", HtmlForms.Attribute(year, "aria-describedby"));
        Assert.Contains("<option value=\"2004\" selected=\"selected\">", html);

        // The summary at the top links to each field, in page order, and comes before the form.
        var summary = HtmlForms.Text(html, "error-summary-title");
        Assert.Equal("入力内容をご確認ください", summary);
        var memberLink = html.IndexOf("<a href=\"#memberNumber\">生協組合員番号は数字12桁で入力してください。</a>", StringComparison.Ordinal);
        var dateLink = html.IndexOf("<a href=\"#birthYear\">生年月日を選択してください。</a>", StringComparison.Ordinal);
        Assert.InRange(memberLink, 0, dateLink);
        Assert.True(dateLink < html.IndexOf("<form method=\"post\" class=\"form\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_partly_chosen_birth_date_is_sent_as_no_date()
    {
        using var client = _gateway.CreateClient();

        await HtmlForms.PostFormAsync(client, "/step1", "/step1", new Dictionary<string, string>
        {
            ["MemberNumber"] = FakeMembership.Member1,
            ["BirthYear"] = "2004",
            ["BirthMonth"] = "4",
        });

        var sent = Assert.Single(_membership.RequestsTo("POST", "/api/membership/lookups"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, sent.Json.GetProperty("birthDate").ValueKind);
    }

    [Fact]
    public async Task Not_found_says_how_many_attempts_are_left_and_keeps_what_was_typed()
    {
        using var client = _gateway.CreateClient();

        var response = await Step1Steps.LookUpAsync(client, "1234-5678-9012", "2004-04-02");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<a href=\"#memberNumber\">組合員番号または生年月日が正しくありません。通知書をご確認のうえ、もう一度入力してください。あと4回入力できます。</a>", html);
        Assert.Equal("1234-5678-9012", HtmlForms.Attribute(HtmlForms.Tag(html, "memberNumber"), "value"));
        Assert.Contains("<option value=\"2004\" selected=\"selected\">", html);
        Assert.Contains("<option value=\"4\" selected=\"selected\">", html);
        Assert.Contains("<option value=\"2\" selected=\"selected\">2</option>", html);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(Step1State.LookupCookieName, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_last_attempt_is_announced()
    {
        using var client = _gateway.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            await Step1Steps.LookUpAsync(client, FakeMembership.Member1, "2004-04-02");
        }

        var html = await (await Step1Steps.LookUpAsync(client, FakeMembership.Member1, "2004-04-02")).Content.ReadAsStringAsync();

        Assert.Contains("あと1回間違えると、しばらくの間入力できなくなります。", html);
    }

    [Fact]
    public async Task Locked_out_says_when_to_try_again_in_Japan_time()
    {
        using var client = _gateway.CreateClient();
        _membership.RespondOnce("POST", "/lookups", 429, FakeMembership.Problem(429, "too_many_attempts",
            "入力の誤りが続いたため、しばらく受け付けを停止しています。時間をおいてからお試しください。", attemptsRemaining: 0, retryAfterSeconds: 900));

        var before = DateTimeOffset.UtcNow;
        var html = await (await Step1Steps.LookUpAsync(client, FakeMembership.Member1, FakeMembership.Member1BirthDate)).Content.ReadAsStringAsync();

        Assert.Contains("入力の誤りが続いたため、しばらく受け付けを停止しています。", html);
        var time = Regex.Match(html, "<time class=\"time\" datetime=\"(?<at>[^\"]+)\">(?<text>[^<]+)</time>（約15分後）以降にご利用いただけます。");
        Assert.True(time.Success, "No retry time in the page.");
        var at = DateTimeOffset.Parse(time.Groups["at"].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(at, before.AddSeconds(899), DateTimeOffset.UtcNow.AddSeconds(901));
        var japanTime = TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo"));
        Assert.Contains(japanTime.ToString("H:mm", System.Globalization.CultureInfo.InvariantCulture), time.Groups["text"].Value);
        // A 429 from membership is an answer for the member, not a reason to retry.
        Assert.Single(_membership.RequestsTo("POST", "/api/membership/lookups"));
    }

    [Fact]
    public async Task Locked_out_in_English()
    {
        using var client = _gateway.CreateClient("en-US");
        _membership.RespondOnce("POST", "/lookups", 429, FakeMembership.Problem(429, "too_many_attempts",
            "Too many incorrect attempts. Please wait and try again later.", attemptsRemaining: 0, retryAfterSeconds: 3600));

        var html = await (await Step1Steps.LookUpAsync(client, FakeMembership.Member1, FakeMembership.Member1BirthDate)).Content.ReadAsStringAsync();

        Assert.Matches("Too many incorrect attempts\\. Please wait and try again later\\. You can try again after <time class=\"time\" datetime=\"[^\"]+\">[^<]*[AP]M</time> \\(in about 1 hour\\)\\.", html);
    }

    [Fact]
    public async Task Locked_out_says_when_to_try_again_and_that_the_help_desk_can_unlock_the_number()
    {
        (string language, string title, string guidance)[] rows =
        [
            ("ja-JP", "入力の誤りが続いたため、しばらく受け付けを停止しています。時間をおいてからお試しください。", "（約1時間後）以降にご利用いただけます。お待ちいただけない場合や、通知書どおりに入力しても受け付けられない場合は、生協のヘルプデスクにお問い合わせください。組合員番号のロックを解除いたします。"),
            ("en-US", "Too many incorrect attempts. Please wait and try again later.", " (in about 1 hour). If you cannot wait, or your details from the notice are still not accepted, please contact your co-op&#x27;s help desk: they can unlock your member number."),
        ];

        await Assert.AllAsync(rows, async row =>
        {
            var (language, title, guidance) = row;
            _membership.Reset(); // each row starts afresh, as the constructor does for a test
            using var client = _gateway.CreateClient(language);
            _membership.RespondOnce("POST", "/lookups", 429, FakeMembership.Problem(429, "too_many_attempts", title, attemptsRemaining: 0, retryAfterSeconds: 3600));

            var html = await (await Step1Steps.LookUpAsync(client, FakeMembership.Member1, FakeMembership.Member1BirthDate)).Content.ReadAsStringAsync();

            // In the error summary, one message: the title, when, then who can help.
            var message = Regex.Match(html, "<a href=\"#memberNumber\">(?<text>.*?)</a>", RegexOptions.Singleline);
            Assert.True(message.Success, "No message in the error summary.");
            Assert.StartsWith(System.Net.WebUtility.HtmlEncode(title), message.Groups["text"].Value, StringComparison.Ordinal);
            Assert.Contains("<time class=\"time\"", message.Groups["text"].Value);
            Assert.EndsWith(guidance, message.Groups["text"].Value, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_wrong_birth_date_does_not_mention_the_help_desk()
    {
        using var client = _gateway.CreateClient();

        var html = await (await Step1Steps.LookUpAsync(client, FakeMembership.Member1, "2004-04-02")).Content.ReadAsStringAsync();

        Assert.Contains("あと4回入力できます。", html);
        Assert.DoesNotContain("ヘルプデスク", html);
    }

    [Fact]
    public async Task The_members_own_address_reaches_membership_not_the_gateways_nor_what_the_member_claims()
    {
        using var client = _gateway.CreateClient();
        // The in-memory server has no connection address, so the forwarded headers middleware takes the right-most
        // X-Forwarded-For entry as the member's own, as it would from a trusted ingress; the entry before it is what
        // a member could write into the header themselves.
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "10.9.8.7, 203.0.113.77");

        await Step1Steps.LookUpAsync(client, FakeMembership.Member1, "2004-04-02");
        var proxied = await client.PostAsync("/api/membership/lookups", System.Net.Http.Json.JsonContent.Create(new { memberNumber = FakeMembership.Member1, birthDate = "2004-04-02" }));

        Assert.Equal(HttpStatusCode.NotFound, proxied.StatusCode);
        var sent = _membership.RequestsTo("POST", "/api/membership/lookups").ToList();
        Assert.Equal(2, sent.Count);
        Assert.All(sent, request => Assert.Equal("203.0.113.77", request.ForwardedFor));
    }

    [Fact]
    public async Task Five_wrong_birth_dates_lock_the_number()
    {
        using var client = _gateway.CreateClient();
        for (var i = 0; i < 4; i++)
        {
            await Step1Steps.LookUpAsync(client, FakeMembership.Member1, "2004-04-02");
        }

        var html = await (await Step1Steps.LookUpAsync(client, FakeMembership.Member1, "2004-04-02")).Content.ReadAsStringAsync();

        Assert.Contains("しばらく受け付けを停止しています", html);
        Assert.Contains("（約15分後）以降にご利用いただけます。", html);
    }

    [Fact]
    public async Task Messages_follow_the_language_the_member_chose()
    {
        using var client = _gateway.CreateClient("ja-JP");
        await HtmlForms.SwitchLanguageAsync(client, "en", "/step1");

        var html = await (await Step1Steps.LookUpAsync(client, "", null)).Content.ReadAsStringAsync();

        Assert.Equal("en", Assert.Single(_membership.RequestsTo("POST", "/api/membership/lookups")).AcceptLanguage);
        Assert.Equal("Error:Please enter your co-op member number.", HtmlForms.Text(html, "memberNumber-error"));
        Assert.Contains("<label class=\"field__label\" for=\"memberNumber\">Co-op member number</label>", html);
        Assert.Contains(">Check my details</button>", html);
    }

    [Fact]
    public async Task A_post_without_antiforgery_token_is_refused_and_never_reaches_membership()
    {
        using var client = _gateway.CreateClient();

        var response = await client.PostAsync("/step1", new FormUrlEncodedContent(Step1Steps.LookupForm(FakeMembership.Member1, FakeMembership.Member1BirthDate)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_membership.Requests);
    }

    [Fact]
    public async Task Every_form_needs_the_antiforgery_token()
    {
        string[] rows =
        [
            "/step1/confirm/continue",
            "/step1/confirm/cancel",
            "/step1/email/registered",
            "/step1/email/new",
        ];

        await Assert.AllAsync(rows, async action =>
        {
            _membership.Reset(); // each row starts afresh, as the constructor does for a test
            using var client = _gateway.CreateClient();
            await Step1Steps.LookUpSuccessfullyAsync(client);
            var before = _membership.Requests.Count;

            var response = await client.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "a@example.jp" }));

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal(before, _membership.Requests.Count);
        });
    }

    [Fact]
    public async Task Without_a_lookup_the_later_screens_send_the_member_back_to_the_start()
    {
        string[] rows =
        [
            "/step1/confirm",
            "/step1/email",
        ];

        await Assert.AllAsync(rows, async path =>
        {
            _membership.Reset(); // each row starts afresh, as the constructor does for a test
            using var client = _gateway.CreateClient();

            var html = await client.GetStringAsync(path);

            Assert.Contains("確認情報が見つかりません", html);
            Assert.Contains("<a class=\"button button--primary\" id=\"start-over\" href=\"/step1\">組合員番号の入力に戻る</a>", html);
        });
    }

    [Fact]
    public async Task An_expired_lookup_is_explained_with_the_way_back()
    {
        string[] rows =
        [
            "/step1/confirm",
            "/step1/email",
        ];

        await Assert.AllAsync(rows, async path =>
        {
            _membership.Reset(); // each row starts afresh, as the constructor does for a test
            using var client = _gateway.CreateClient();
            _membership.LookupLifetime = TimeSpan.FromSeconds(-1);
            await Step1Steps.LookUpSuccessfullyAsync(client);

            var html = await client.GetStringAsync(path);

            Assert.Contains("確認の有効期限が切れました", html);
            Assert.Contains("30分", html);
            Assert.Contains("href=\"/step1\"", html);
            Assert.DoesNotContain("岡*太*", html);
        });
    }

    [Fact]
    public async Task A_tampered_lookup_cookie_counts_as_none()
    {
        using var client = _gateway.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", Step1State.LookupCookieName + "=CfDJ8tampered");

        var html = await client.GetStringAsync("/step1/confirm");

        Assert.Contains("確認情報が見つかりません", html);
    }

    [Fact]
    public async Task Membership_out_of_reach_is_said_on_the_page_and_the_form_is_kept()
    {
        using var unreachable = _gateway.Factory.WithWebHostBuilder(builder => builder.UseSetting("services:membership:http:0", "http://127.0.0.1:9"));
        using var client = unreachable.CreateClient(new() { AllowAutoRedirect = false });

        var response = await Step1Steps.LookUpAsync(client, FakeMembership.Member1, FakeMembership.Member1BirthDate);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ただいまサービスに接続できません。", html);
        Assert.Equal(FakeMembership.Member1, HtmlForms.Attribute(HtmlForms.Tag(html, "memberNumber"), "value"));
    }

    [Fact]
    public async Task A_failed_post_is_not_retried()
    {
        using var client = _gateway.CreateClient();
        _membership.RespondOnce("POST", "/lookups", 503, "overloaded", "text/plain");

        var html = await (await Step1Steps.LookUpAsync(client, FakeMembership.Member1, FakeMembership.Member1BirthDate)).Content.ReadAsStringAsync();

        Assert.Contains("ただいまサービスに接続できません。", html);
        Assert.Single(_membership.RequestsTo("POST", "/api/membership/lookups"));
    }
}
