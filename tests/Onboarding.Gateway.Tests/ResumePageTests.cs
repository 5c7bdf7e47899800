using System.Net;
using System.Text.RegularExpressions;
using Onboarding.Gateway.Journey;
using Onboarding.Gateway.Tests.Infrastructure;

namespace Onboarding.Gateway.Tests;

/// <summary>
/// 続きから再開する in a browser without any cookies: the member identifies themselves as in STEP 1 and is sent to where
/// they stand, by what the fake membership records; and a STEP 1 lookup of a member who did STEP 1 before offers to skip ahead.
/// </summary>
public sealed partial class ResumePageTests : IClassFixture<JourneyGateway>
{
    private readonly JourneyGateway _gateway;

    public ResumePageTests(JourneyGateway gateway)
    {
        _gateway = gateway;
        gateway.Fakes.Reset();
    }

    private FakeMembership Membership => _gateway.Fakes.Membership;

    private static void AssertRedirect(HttpResponseMessage response, string path)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(path, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Resume_sends_the_member_to_where_they_stand()
    {
        (bool step1, bool step2, bool step3, string expected)[] rows =
        [
            (false, false, false, "/step1/confirm"),
            (true, false, false, "/step2"),
            (true, true, false, "/step3"),
            (true, true, true, "/step3"),
        ];

        await Assert.AllAsync(rows, async row =>
        {
            var (step1, step2, step3, expected) = row;
            _gateway.Fakes.Reset(); // each row starts afresh, as the constructor does for a test
            Membership.SetJourney(FakeMembership.Member1, step1, step2, step3);
            using var client = _gateway.CreateClient();

            var response = await ResumeSteps.ResumeAsync(client);

            AssertRedirect(response, expected);
            var html = await client.GetStringAsync(expected);
            // The indicator shows membership's facts: the steps done are marked done, and the page's step is the current one.
            Assert.Equal((step1 ? 1 : 0) + (step2 ? 1 : 0) + (step3 ? 1 : 0), ProgressDone().Matches(html).Count);
            Assert.Single(Regex.Matches(html, "aria-current=\"step\""));
            Assert.Equal(step3, html.Contains("id=\"registration-complete\"", StringComparison.Ordinal));
        });
    }

    [Fact]
    public void Next_step_is_the_first_one_not_done()
    {
        var id = Guid.NewGuid();
        Assert.Equal("/step1/confirm", new JourneyProgressState(id, false, false, false, null, null, null).NextPath);
        Assert.Equal("/step2", new JourneyProgressState(id, true, false, false, null, null, "sho*****@x.jp").NextPath);
        Assert.Equal("/step3", new JourneyProgressState(id, true, true, false, null, null, null).NextPath);
        Assert.True(new JourneyProgressState(id, true, true, true, null, DateTimeOffset.UtcNow, null).Completed);
        // Out of order in the records (should not happen): a later step never counts before the earlier ones.
        Assert.Empty(new JourneyProgressState(id, false, true, true, null, null, null).DoneSteps);
    }

    [Fact]
    public async Task Resumed_step2_shows_the_masked_address_and_takes_the_typed_one()
    {
        Membership.SetJourney(FakeMembership.Member1, step1: true);
        _gateway.Fakes.Portal.Reset(); // no account yet: STEP 2 is where this member stands
        using var client = _gateway.CreateClient();
        AssertRedirect(await ResumeSteps.ResumeAsync(client), "/step2");

        var start = await client.GetStringAsync("/step2");
        Assert.Equal(FakeMembership.Member1MaskedEmail, HtmlForms.Text(start, "confirmed-email-masked"));
        var signup = await client.GetStringAsync("/step2/signup");
        Assert.Contains(FakeMembership.Member1MaskedEmail, HtmlForms.Text(signup, "email-masked-hint"));
        Assert.Contains("email-masked-hint", HtmlForms.Attribute(HtmlForms.Tag(signup, "email"), "aria-describedby"));

        AssertRedirect(await Step2Steps.SignUpAsync(client, FakeMembership.Member1Email), "/step2/code");
    }

    [Fact]
    public async Task Resume_with_a_wrong_birth_date_is_answered_like_the_lookup()
    {
        using var client = _gateway.CreateClient();

        var response = await ResumeSteps.ResumeAsync(client, birthDate: "2004-04-02");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("組合員番号または生年月日が正しくありません。", html);
        Assert.Contains("あと4回入力できます。", html);
        Assert.Contains("role=\"alert\"", html);
        Assert.Empty(Membership.RequestsTo("GET", "/onboarding"));
    }

    [Fact]
    public async Task A_locked_out_resume_says_when_to_try_again_and_that_the_help_desk_can_unlock_the_number()
    {
        Membership.RespondOnce("POST", "/lookups", 429, FakeMembership.Problem(429, "too_many_attempts",
            "入力の誤りが続いたため、しばらく受け付けを停止しています。時間をおいてからお試しください。", attemptsRemaining: 0, retryAfterSeconds: 900));
        using var client = _gateway.CreateClient();

        var html = await (await ResumeSteps.ResumeAsync(client)).Content.ReadAsStringAsync();

        Assert.Contains("（約15分後）以降にご利用いただけます。", html);
        Assert.Contains("生協のヘルプデスクにお問い合わせください。組合員番号のロックを解除いたします。", html);
    }

    [Fact]
    public async Task Resume_when_membership_cannot_say_shows_an_error_and_stays()
    {
        Membership.RespondOnce("GET", "/onboarding", 404, FakeMembership.Problem(404, "lookup_not_found", "確認情報が見つかりません。"));
        using var client = _gateway.CreateClient();

        var response = await ResumeSteps.ResumeAsync(client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("error-summary", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Progress_cookie_is_HttpOnly_and_Lax()
    {
        Membership.SetJourney(FakeMembership.Member1, step1: true);
        using var client = _gateway.CreateClient();

        var response = await ResumeSteps.ResumeAsync(client);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(JourneyProgressStore.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(FakeMembership.Member1MaskedEmail, cookie);
    }

    [Fact]
    public async Task Progress_cookie_is_Secure_over_HTTPS()
    {
        Membership.SetJourney(FakeMembership.Member1, step1: true);
        using var client = _gateway.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
            AllowAutoRedirect = false,
            HandleCookies = true,
        });

        var response = await ResumeSteps.ResumeAsync(client);

        AssertRedirect(response, "/step2");
        foreach (var cookie in response.Headers.GetValues("Set-Cookie").Where(c => c.StartsWith(".Onboarding.", StringComparison.Ordinal)))
        {
            Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Lookup_of_a_member_who_did_step1_before_offers_to_skip_ahead()
    {
        (bool step2, string next, string label)[] rows =
        [
            (false, "/step2", "STEP 2 マイポータルへの登録へ進む"),
            (true, "/step3", "STEP 3 PokePay認証へ進む"),
        ];

        await Assert.AllAsync(rows, async row =>
        {
            var (step2, next, label) = row;
            _gateway.Fakes.Reset(); // each row starts afresh, as the constructor does for a test
            Membership.SetJourney(FakeMembership.Member1, step1: true, step2: step2);
            using var client = _gateway.CreateClient();

            AssertRedirect(await Step1Steps.LookUpAsync(client, FakeMembership.Member1, FakeMembership.Member1BirthDate), "/step1/confirm");

            var html = await client.GetStringAsync("/step1/confirm");
            var skip = HtmlForms.Tag(html, "skip-ahead");
            Assert.Equal(next, HtmlForms.Attribute(skip, "href"));
            Assert.Equal(label, HtmlForms.Text(html, "skip-ahead"));
            // Redoing STEP 1 (e.g. with a new address) stays possible.
            Assert.Contains("メールアドレスを確認する", html);
            AssertRedirect(await HtmlForms.PostFormAsync(client, "/step1/confirm", "/step1/confirm/continue"), "/step1/email");
        });
    }

    [Fact]
    public async Task Lookup_of_a_new_member_offers_nothing_to_skip()
    {
        using var client = _gateway.CreateClient();

        AssertRedirect(await Step1Steps.LookUpAsync(client, FakeMembership.Member1, FakeMembership.Member1BirthDate), "/step1/confirm");

        Assert.DoesNotContain("skip-ahead", await client.GetStringAsync("/step1/confirm"));
    }

    [Fact]
    public async Task Another_members_progress_is_never_shown_after_a_new_lookup()
    {
        Membership.SetJourney(FakeMembership.Member1, step1: true);
        using var client = _gateway.CreateClient();
        AssertRedirect(await ResumeSteps.ResumeAsync(client), "/step2");

        AssertRedirect(await Step1Steps.LookUpAsync(client, FakeMembership.Member2, FakeMembership.Member2BirthDate), "/step1/confirm");

        var html = await client.GetStringAsync("/step1/confirm");
        Assert.DoesNotContain("skip-ahead", html);
        Assert.Empty(ProgressDone().Matches(html));
    }

    [Fact]
    public async Task Resume_is_reachable_from_every_page()
    {
        string[] rows =
        [
            "/",
            "/step1",
            "/step2",
            "/step3",
            "/step1/confirm",
            "/step2/signup",
        ];

        await Assert.AllAsync(rows, async path =>
        {
            _gateway.Fakes.Reset(); // each row starts afresh, as the constructor does for a test
            using var client = _gateway.CreateClient();
            var html = await client.GetStringAsync(path);
            Assert.Equal("/resume", HtmlForms.Attribute(HtmlForms.Tag(html, "resume-link"), "href"));
            Assert.Equal("続きから再開する", HtmlForms.Text(html, "resume-link"));
        });
    }

    [Fact]
    public async Task Resume_page_is_in_English_too()
    {
        using var client = _gateway.CreateClient("en");
        var html = await client.GetStringAsync("/resume");
        Assert.Equal("Resume your registration", HtmlForms.Text(html, "page-title"));
        Assert.Equal("Find where I left off", HtmlForms.Text(html, "resume-submit"));
    }

    [GeneratedRegex("progress__step--done")]
    private static partial Regex ProgressDone();
}
