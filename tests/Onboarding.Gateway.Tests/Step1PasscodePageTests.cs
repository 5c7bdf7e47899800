using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Onboarding.Gateway.Pages.Step1;
using Onboarding.Gateway.Tests.Infrastructure;

namespace Onboarding.Gateway.Tests;

/// <summary>STEP 1, screen 4 (パスコードで認証) and the done page. The mail links to the passcode page, so most tests
/// open it in a fresh client, as a member clicking the link in another browser would.</summary>
public sealed class Step1PasscodePageTests : IClassFixture<JourneyGateway>
{
    private readonly JourneyGateway _gateway;
    private readonly FakeMembership _membership;

    public Step1PasscodePageTests(JourneyGateway gateway)
    {
        _gateway = gateway;
        _membership = gateway.Membership;
        _membership.Reset();
    }

    private async Task<Guid> SendCodeAsync()
    {
        using var client = _gateway.CreateClient();
        return await Step1Steps.StartPasscodeAsync(client);
    }

    [Fact]
    public async Task The_mail_link_works_in_a_fresh_browser()
    {
        var challengeId = await SendCodeAsync();
        using var fresh = _gateway.CreateClient();

        var response = await fresh.GetAsync($"/step1/passcode/{challengeId}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1 id=\"page-title\">パスコードで認証</h1>", html);
        Assert.Contains($"<strong class=\"address\">{FakeMembership.Member1MaskedEmail}</strong> にパスコードを送信しました。", html);
        Assert.Matches("パスコードの有効期限：<time class=\"time\" datetime=\"[^\"]+\">[^<]+</time>まで", html);
        var input = HtmlForms.Tag(html, "passcode");
        Assert.Equal("numeric", HtmlForms.Attribute(input, "inputmode"));
        Assert.Equal("one-time-code", HtmlForms.Attribute(input, "autocomplete"));
        Assert.Contains("<label class=\"field__label\" for=\"passcode\">パスコード</label>", html);
        Assert.Contains(">パスコードを確認する</button>", html);
        Assert.Contains(">パスコードを再送信する</button>", html);
        // Sent a moment ago: the page says from when a new code can be sent, and the script knows too.
        Assert.Matches("<time class=\"time\" datetime=\"[^\"]+\">[0-9]{1,2}:[0-9]{2}</time>以降に再送信できます。", html);
        Assert.Matches("data-available-at=\"[0-9-]+T[0-9:.]+", html);
        Assert.Contains("<script src=\"/js/passcode", html);
        Assert.Contains($"action=\"/step1/passcode/{challengeId}\"", html);
        Assert.Contains($"action=\"/step1/passcode/{challengeId}/resend\"", html);
    }

    [Fact]
    public async Task The_right_code_completes_step1_and_the_done_page_shows_the_address()
    {
        var challengeId = await SendCodeAsync();
        using var fresh = _gateway.CreateClient();

        var response = await Step1Steps.VerifyAsync(fresh, challengeId, _membership.LastMail.Code);
        var done = await fresh.GetStringAsync("/step1/done");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/step1/done", response.Headers.Location?.OriginalString);
        Step1Steps.AssertNoPersonalData(response, FakeMembership.Member1Email);
        Assert.Contains("STEP 1が完了しました", done);
        Assert.Contains($"<dd class=\"summary-list__value summary-list__value--address\">{FakeMembership.Member1Email}</dd>", done);
        Assert.Contains("<a class=\"button button--primary\" href=\"/step2\">STEP 2 マイポータルへの登録へ進む</a>", done);
        // Progress: STEP 1 done, STEP 2 current, STEP 3 still to come.
        Assert.Matches("progress__step--done\"\\s*>\\s*<span class=\"progress__marker\" aria-hidden=\"true\">✓</span>\\s*<span class=\"progress__text\">\\s*<span class=\"progress__number\">STEP 1</span>", done);
        Assert.Matches("progress__step--current\"\\s+aria-current=\"step\">\\s*<span class=\"progress__marker\" aria-hidden=\"true\">2</span>", done);
        Assert.Matches("progress__step--remaining\"\\s*>\\s*<span class=\"progress__marker\" aria-hidden=\"true\">3</span>", done);
    }

    [Fact]
    public async Task Full_width_digits_and_spaces_are_passed_on_for_the_service_to_normalise()
    {
        var challengeId = await SendCodeAsync();
        using var fresh = _gateway.CreateClient();
        var code = _membership.LastMail.Code;
        var typed = string.Concat(code[..3].Select(c => (char)(c - '0' + '０'))) + " " + code[3..];

        var response = await Step1Steps.VerifyAsync(fresh, challengeId, typed);

        Assert.Equal("/step1/done", response.Headers.Location?.OriginalString);
        Assert.Equal(typed, _membership.RequestsTo("POST", "/verification").Single().Json.GetProperty("passcode").GetString());
    }

    [Fact]
    public async Task A_wrong_code_is_shown_at_the_field_with_the_attempts_left_and_is_not_kept()
    {
        var challengeId = await SendCodeAsync();
        using var fresh = _gateway.CreateClient();
        var wrong = _membership.LastMail.Code == "000000" ? "111111" : "000000";

        var response = await Step1Steps.VerifyAsync(fresh, challengeId, wrong);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("エラー：パスコードが正しくありません。あと4回入力できます。", HtmlForms.Text(html, "passcode-error"));
        var input = HtmlForms.Tag(html, "passcode");
        Assert.Equal("true", HtmlForms.Attribute(input, "aria-invalid"));
        Assert.Equal("passcode-hint passcode-error", HtmlForms.Attribute(input, "aria-describedby"));
        Assert.Null(HtmlForms.Attribute(input, "value"));
        Assert.DoesNotContain(wrong, html);
        Assert.Contains("<a href=\"#passcode\">パスコードが正しくありません。あと4回入力できます。</a>", html);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(Step1State.ConfirmedCookieName, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_last_wrong_code_is_announced_and_the_fifth_locks_the_code()
    {
        var challengeId = await SendCodeAsync();
        using var fresh = _gateway.CreateClient();
        var wrong = _membership.LastMail.Code == "000000" ? "111111" : "000000";
        for (var i = 0; i < 3; i++)
        {
            await Step1Steps.VerifyAsync(fresh, challengeId, wrong);
        }

        var fourth = await (await Step1Steps.VerifyAsync(fresh, challengeId, wrong)).Content.ReadAsStringAsync();
        var fifth = await (await Step1Steps.VerifyAsync(fresh, challengeId, wrong)).Content.ReadAsStringAsync();
        var later = await fresh.GetStringAsync($"/step1/passcode/{challengeId}");

        Assert.Contains("パスコードが正しくありません。あと1回間違えると、このパスコードは使えなくなります。", fourth);
        Assert.Contains("パスコードの入力誤りが上限に達しました。新しいパスコードを送信してください。", fifth);
        Assert.DoesNotContain("id=\"passcode\"", fifth);
        Assert.Contains(">パスコードを再送信する</button>", fifth);
        Assert.Contains("このパスコードは使えません", later);
        Assert.DoesNotContain("id=\"passcode\"", later);
    }

    [Fact]
    public async Task An_empty_code_gets_the_services_message_at_the_field()
    {
        var challengeId = await SendCodeAsync();
        using var fresh = _gateway.CreateClient();

        var html = await (await Step1Steps.VerifyAsync(fresh, challengeId, "")).Content.ReadAsStringAsync();

        Assert.Equal("エラー：パスコードを入力してください。", HtmlForms.Text(html, "passcode-error"));
    }

    [Fact]
    public async Task An_expired_code_cannot_be_entered_but_a_new_one_can_be_sent()
    {
        var challengeId = await SendCodeAsync();
        _membership.ExpireChallenges();
        using var fresh = _gateway.CreateClient();

        var html = await fresh.GetStringAsync($"/step1/passcode/{challengeId}");

        Assert.Contains("このパスコードは有効期限が切れています。", html);
        Assert.DoesNotContain("id=\"passcode\"", html);
        Assert.Contains(">パスコードを再送信する</button>", html);
    }

    [Fact]
    public async Task A_code_that_expires_while_typing_is_explained_at_the_top()
    {
        var challengeId = await SendCodeAsync();
        using var fresh = _gateway.CreateClient();
        var page = await fresh.GetStringAsync($"/step1/passcode/{challengeId}");
        _membership.ExpireChallenges();

        var response = await fresh.PostAsync($"/step1/passcode/{challengeId}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Passcode"] = _membership.LastMail.Code,
            ["__RequestVerificationToken"] = HtmlForms.AntiforgeryToken(page),
        }));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Matches("<div class=\"error-summary\"[^>]*>(?:(?!</div>)[\\s\\S])*パスコードの有効期限が切れました。新しいパスコードを送信してください。", html);
        Assert.DoesNotContain("id=\"passcode\"", html);
        Assert.Contains(">パスコードを再送信する</button>", html);
    }

    [Fact]
    public async Task Resending_opens_the_page_of_the_new_code()
    {
        var challengeId = await SendCodeAsync();
        _membership.AllowResendNow();
        using var fresh = _gateway.CreateClient();

        var response = await Step1Steps.ResendAsync(fresh, challengeId);
        var newId = Step1Steps.ChallengeIdFrom(response);
        var html = await fresh.GetStringAsync(response.Headers.Location!.OriginalString);
        var again = await fresh.GetStringAsync(response.Headers.Location!.OriginalString);
        var old = await fresh.GetStringAsync($"/step1/passcode/{challengeId}");

        Assert.NotEqual(challengeId, newId);
        Assert.Equal(newId, _membership.LastMail.ChallengeId);
        Assert.Contains("新しいパスコードを送信しました。", html);
        Assert.DoesNotContain("新しいパスコードを送信しました。", again);
        Assert.Contains("新しいパスコードを送信したため、このパスコードは使えなくなりました。", old);
        Assert.DoesNotContain("id=\"passcode\"", old);
    }

    [Fact]
    public async Task Resending_too_soon_says_when_it_is_possible()
    {
        var challengeId = await SendCodeAsync();
        using var fresh = _gateway.CreateClient();

        var response = await Step1Steps.ResendAsync(fresh, challengeId);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("パスコードを送信したばかりです。少し待ってから再送信してください。", html);
        Assert.Matches("再送信してください。<time class=\"time\" datetime=\"[^\"]+\">[0-9]{1,2}:[0-9]{2}</time>以降に再送信できます。", html);
        // The code sent earlier can still be entered.
        Assert.Contains("id=\"passcode\"", html);
        Assert.Single(_membership.Mail);
    }

    [Fact]
    public async Task Resending_after_the_lookup_expired_sends_the_member_back_to_the_start()
    {
        var challengeId = await SendCodeAsync();
        _membership.AllowResendNow();
        _membership.ExpireLookups();
        using var fresh = _gateway.CreateClient();

        var html = await (await Step1Steps.ResendAsync(fresh, challengeId)).Content.ReadAsStringAsync();

        Assert.Contains("確認の有効期限が切れました", html);
        Assert.Contains("<a class=\"button button--primary\" id=\"start-over\" href=\"/step1\">組合員番号の入力に戻る</a>", html);
    }

    [Fact]
    public async Task An_unknown_challenge_is_a_404_with_the_way_back()
    {
        using var fresh = _gateway.CreateClient();

        var response = await fresh.GetAsync($"/step1/passcode/{Guid.NewGuid()}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("パスコードの確認情報が見つかりません", html);
        Assert.Contains("href=\"/step1\"", html);
    }

    [Fact]
    public async Task A_malformed_challenge_id_is_the_ordinary_404_page()
    {
        using var fresh = _gateway.CreateClient();

        var response = await fresh.GetAsync("/step1/passcode/not-a-guid");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("ページが見つかりません", await response.Content.ReadAsStringAsync());
        Assert.Empty(_membership.Requests);
    }

    [Fact]
    public async Task A_code_already_used_points_on_to_step2()
    {
        var challengeId = await SendCodeAsync();
        using var fresh = _gateway.CreateClient();
        await Step1Steps.VerifyAsync(fresh, challengeId, _membership.LastMail.Code);

        var html = await fresh.GetStringAsync($"/step1/passcode/{challengeId}");

        Assert.Contains("このパスコードによるメールアドレスの確認は完了しています。", html);
        Assert.DoesNotContain("id=\"passcode\"", html);
        Assert.DoesNotContain(">パスコードを再送信する</button>", html);
        Assert.Contains("href=\"/step2\"", html);
    }

    [Fact]
    public async Task Posts_need_the_antiforgery_token()
    {
        var challengeId = await SendCodeAsync();
        using var fresh = _gateway.CreateClient();
        var before = _membership.Requests.Count;

        var verify = await fresh.PostAsync($"/step1/passcode/{challengeId}", new FormUrlEncodedContent(new Dictionary<string, string> { ["Passcode"] = "123456" }));
        var resend = await fresh.PostAsync($"/step1/passcode/{challengeId}/resend", new FormUrlEncodedContent(new Dictionary<string, string>()));

        Assert.Equal(HttpStatusCode.BadRequest, verify.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, resend.StatusCode);
        Assert.Equal(before, _membership.Requests.Count);
    }

    [Fact]
    public async Task The_done_page_without_a_completed_step1_says_so()
    {
        using var fresh = _gateway.CreateClient();

        var html = await fresh.GetStringAsync("/step1/done");

        Assert.Contains("STEP 1の完了を確認できません", html);
        Assert.Contains("href=\"/step1\"", html);
        Assert.DoesNotContain("href=\"/step2\"", html);
    }

    [Fact]
    public async Task In_English_with_the_time_in_the_members_language()
    {
        var challengeId = await SendCodeAsync();
        using var fresh = _gateway.CreateClient("en-GB");

        var html = await fresh.GetStringAsync($"/step1/passcode/{challengeId}");
        var wrong = await (await Step1Steps.VerifyAsync(fresh, challengeId, _membership.LastMail.Code == "000000" ? "111111" : "000000")).Content.ReadAsStringAsync();
        await Step1Steps.VerifyAsync(fresh, challengeId, _membership.LastMail.Code);
        var done = await fresh.GetStringAsync("/step1/done");

        Assert.Contains($"We sent a passcode to <strong class=\"address\">{FakeMembership.Member1MaskedEmail}</strong>.", html);
        Assert.Matches("The passcode is valid until <time class=\"time\" datetime=\"[^\"]+\">[0-9]{1,2}:[0-9]{2} [AP]M</time>\\.", html);
        Assert.Contains(">Verify passcode</button>", html);
        Assert.Equal("Error:The passcode is not correct. You have 4 attempts left.", HtmlForms.Text(wrong, "passcode-error"));
        Assert.Contains("STEP 1 is complete", done);
        Assert.Contains("Continue to STEP 2: Register with My Portal", done);
    }

    [Fact]
    public async Task The_base_address_can_be_given_directly()
    {
        // Services:Membership replaces service discovery's http://membership, e.g. for a gateway run on its own.
        using var direct = new GatewayFactory().WithWebHostBuilder(builder =>
            builder.UseSetting("Services:Membership", _membership.BaseAddress.ToString()));
        using var client = direct.CreateClient(new() { AllowAutoRedirect = false });

        var response = await Step1Steps.LookUpAsync(client, FakeMembership.Member1, FakeMembership.Member1BirthDate);

        Assert.Equal("/step1/confirm", response.Headers.Location?.OriginalString);
        Assert.Single(_membership.RequestsTo("POST", "/api/membership/lookups"));
    }
}
