using System.Net;
using Onboarding.Gateway.Tests.Infrastructure;

namespace Onboarding.Gateway.Tests;

/// <summary>STEP 1, screen 3 (登録内容確認): a passcode to the registered address or to a new one typed twice.</summary>
public sealed class Step1EmailPageTests : IClassFixture<JourneyGateway>
{
    private readonly JourneyGateway _gateway;
    private readonly FakeMembership _membership;

    public Step1EmailPageTests(JourneyGateway gateway)
    {
        _gateway = gateway;
        _membership = gateway.Membership;
        _membership.Reset();
    }

    [Fact]
    public async Task Shows_the_registered_address_masked_and_both_ways_of_the_notice()
    {
        using var client = _gateway.CreateClient();
        await Step1Steps.LookUpSuccessfullyAsync(client);

        var html = await client.GetStringAsync("/step1/email");

        Assert.Contains("<h1 id=\"page-title\">登録内容確認</h1>", html);
        Assert.Contains("<h2 id=\"registered-title\">メールアドレスの更新を行う</h2>", html);
        Assert.Contains("登録されているメールアドレスがあります", html);
        Assert.Contains(FakeMembership.Member1MaskedEmail, html);
        Assert.DoesNotContain(FakeMembership.Member1Email, html);
        Assert.Contains(">更新用パスコードを送信する</button>", html);
        Assert.Contains("<h2 id=\"new-title\">メールアドレスの新規登録を行う</h2>", html);
        Assert.Contains("<label class=\"field__label\" for=\"email\">メールアドレス</label>", html);
        Assert.Contains("<label class=\"field__label\" for=\"emailConfirmation\">確認用メールアドレス</label>", html);
        Assert.Contains(">登録用パスコードを送信する</button>", html);
        // The sections come in the notice's order.
        Assert.True(html.IndexOf("メールアドレスの更新を行う", StringComparison.Ordinal) < html.IndexOf("メールアドレスの新規登録を行う", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_registered_address_there_is_nothing_to_update()
    {
        using var client = _gateway.CreateClient();
        await Step1Steps.LookUpSuccessfullyAsync(client, FakeMembership.Member2, FakeMembership.Member2BirthDate);

        var html = await client.GetStringAsync("/step1/email");

        Assert.Contains("登録されているメールアドレスはありません", html);
        Assert.DoesNotContain("登録されているメールアドレスがあります", html);
        Assert.DoesNotContain(">更新用パスコードを送信する</button>", html);
        Assert.Contains(">登録用パスコードを送信する</button>", html);
    }

    [Fact]
    public async Task A_code_to_the_registered_address_leads_to_its_passcode_page()
    {
        using var client = _gateway.CreateClient();
        await Step1Steps.LookUpSuccessfullyAsync(client);

        var response = await Step1Steps.SendToRegisteredAsync(client);

        var challengeId = Step1Steps.ChallengeIdFrom(response);
        Step1Steps.AssertNoPersonalData(response, FakeMembership.Member1Email, "sho");
        Assert.Equal(challengeId, _membership.LastMail.ChallengeId);
        Assert.Equal(FakeMembership.Member1Email, _membership.LastMail.To);
        var sent = Assert.Single(_membership.RequestsTo("POST", "/passcode"));
        Assert.Equal("registered", sent.Json.GetProperty("target").GetString());
    }

    [Fact]
    public async Task A_code_to_a_new_address_leads_to_its_passcode_page()
    {
        using var client = _gateway.CreateClient();
        await Step1Steps.LookUpSuccessfullyAsync(client, FakeMembership.Member2, FakeMembership.Member2BirthDate);

        var response = await Step1Steps.SendToNewAsync(client, "hanako.sato@example.ac.jp", "hanako.sato@example.ac.jp");

        Step1Steps.ChallengeIdFrom(response);
        Step1Steps.AssertNoPersonalData(response, "hanako", "example.ac.jp");
        Assert.Equal("hanako.sato@example.ac.jp", _membership.LastMail.To);
        var sent = Assert.Single(_membership.RequestsTo("POST", "/passcode"));
        Assert.Equal("new", sent.Json.GetProperty("target").GetString());
        Assert.Equal("hanako.sato@example.ac.jp", sent.Json.GetProperty("emailConfirmation").GetString());
    }

    [Fact]
    public async Task Address_errors_are_shown_next_to_their_fields_and_what_was_typed_stays()
    {
        using var client = _gateway.CreateClient();
        await Step1Steps.LookUpSuccessfullyAsync(client);

        var response = await Step1Steps.SendToNewAsync(client, "new.address@example.ac.jp", "new.adress@example.ac.jp");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("エラー：確認用メールアドレスが一致しません。", HtmlForms.Text(html, "emailConfirmation-error"));
        var confirmation = HtmlForms.Tag(html, "emailConfirmation");
        Assert.Equal("true", HtmlForms.Attribute(confirmation, "aria-invalid"));
        Assert.Equal("emailConfirmation-hint emailConfirmation-error", HtmlForms.Attribute(confirmation, "aria-describedby"));
        Assert.Equal("new.adress@example.ac.jp", HtmlForms.Attribute(confirmation, "value"));
        var email = HtmlForms.Tag(html, "email");
        Assert.Null(HtmlForms.Attribute(email, "aria-invalid"));
        Assert.Equal("new.address@example.ac.jp", HtmlForms.Attribute(email, "value"));
        Assert.Contains("<a href=\"#emailConfirmation\">確認用メールアドレスが一致しません。</a>", html);
        // The registered address is still offered.
        Assert.Contains(FakeMembership.Member1MaskedEmail, html);
    }

    [Fact]
    public async Task Both_fields_empty_get_both_messages()
    {
        using var client = _gateway.CreateClient();
        await Step1Steps.LookUpSuccessfullyAsync(client);

        var html = await (await Step1Steps.SendToNewAsync(client, "", "")).Content.ReadAsStringAsync();

        Assert.Equal("エラー：メールアドレスを入力してください。", HtmlForms.Text(html, "email-error"));
        Assert.Equal("エラー：確認用メールアドレスを入力してください。", HtmlForms.Text(html, "emailConfirmation-error"));
    }

    [Fact]
    public async Task Sending_again_too_soon_says_when_and_offers_the_code_already_sent()
    {
        using var client = _gateway.CreateClient();
        await Step1Steps.LookUpSuccessfullyAsync(client);
        var first = Step1Steps.ChallengeIdFrom(await Step1Steps.SendToRegisteredAsync(client));

        // Back in the browser, and the button again.
        var response = await Step1Steps.SendToRegisteredAsync(client);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("パスコードを送信したばかりです。少し待ってから再送信してください。", html);
        Assert.Matches("<time class=\"time\" datetime=\"[^\"]+\">[0-9]{1,2}:[0-9]{2}</time>以降に再送信できます。", html);
        Assert.Contains($"<a href=\"/step1/passcode/{first}\">送信済みのパスコードを入力する</a>", html);
    }

    [Fact]
    public async Task A_lookup_that_expired_at_the_service_is_explained_with_the_way_back()
    {
        using var client = _gateway.CreateClient();
        await Step1Steps.LookUpSuccessfullyAsync(client);
        _membership.ExpireLookups();

        var response = await Step1Steps.SendToRegisteredAsync(client);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("確認の有効期限が切れました", html);
        Assert.Contains("href=\"/step1\"", html);
        Assert.Empty(_membership.Mail);
    }

    [Fact]
    public async Task A_lookup_the_service_does_not_know_is_forgotten()
    {
        using var client = _gateway.CreateClient();
        await Step1Steps.LookUpSuccessfullyAsync(client);
        _membership.RespondOnce("POST", "/passcode", 404, FakeMembership.Problem(404, "lookup_not_found", "確認情報が見つかりません。"));

        var html = await (await Step1Steps.SendToRegisteredAsync(client)).Content.ReadAsStringAsync();
        var later = await client.GetStringAsync("/step1/email");

        Assert.Contains("確認情報が見つかりません", html);
        Assert.Contains("確認情報が見つかりません", later);
    }

    [Fact]
    public async Task The_daily_limit_says_when_to_try_again()
    {
        using var client = _gateway.CreateClient();
        await Step1Steps.LookUpSuccessfullyAsync(client);
        _membership.RespondOnce("POST", "/passcode", 429, FakeMembership.Problem(429, "daily_limit_reached",
            "本日送信できるパスコードの上限に達しました。時間をおいてからお試しください。", retryAfterSeconds: 30 * 3600));

        var html = await (await Step1Steps.SendToRegisteredAsync(client)).Content.ReadAsStringAsync();

        Assert.Contains("本日送信できるパスコードの上限に達しました。", html);
        // Not today in Japan: the date is shown with the time.
        Assert.Matches("<time class=\"time\" datetime=\"[^\"]+\">[0-9]{1,2}月[0-9]{1,2}日 [0-9]{1,2}:[0-9]{2}</time>（約30時間後）以降にご利用いただけます。", html);
    }

    [Fact]
    public async Task Reloading_the_address_of_a_post_shows_the_screen_again()
    {
        (string path, string shown)[] rows =
        [
            ("/step1/email/new", FakeMembership.Member1MaskedEmail),
            ("/step1/email/registered", FakeMembership.Member1MaskedEmail),
            ("/step1/confirm/continue", "岡*太* さま"),
        ];

        await Assert.AllAsync(rows, async row =>
        {
            var (path, shown) = row;
            _membership.Reset(); // each row starts afresh, as the constructor does for a test
            // After a failed post the address bar shows the form's action; opening it again must not lose the member.
            using var client = _gateway.CreateClient();
            await Step1Steps.LookUpSuccessfullyAsync(client);

            var response = await client.GetAsync(path);
            var html = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(shown, html);
            Assert.DoesNotContain("確認情報が見つかりません", html);
        });
    }

    [Fact]
    public async Task In_English()
    {
        using var client = _gateway.CreateClient("en-US");
        await Step1Steps.LookUpSuccessfullyAsync(client);

        var html = await client.GetStringAsync("/step1/email");
        var failed = await (await Step1Steps.SendToNewAsync(client, "x", "y")).Content.ReadAsStringAsync();

        Assert.Contains("Check your registered details", html);
        Assert.Contains(">Send passcode to this address</button>", html);
        Assert.Contains(">Send passcode to the new address</button>", html);
        Assert.Equal("Error:This e-mail address is not valid.", HtmlForms.Text(failed, "email-error"));
        Assert.Equal("en", _membership.RequestsTo("POST", "/passcode").Single().AcceptLanguage);
    }
}
