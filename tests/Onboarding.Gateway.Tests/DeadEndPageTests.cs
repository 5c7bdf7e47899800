using System.Net;
using Onboarding.Gateway.Tests.Infrastructure;

namespace Onboarding.Gateway.Tests;

/// <summary>
/// Every dead end has a way forward: a step taken out of order, a flow or code that has expired or locked, a refused
/// consent. Each row gets the member into that situation and checks the page offers the element that leads on.
/// </summary>
public sealed class DeadEndPageTests : IClassFixture<JourneyGateway>
{
    private const string Mobile = "090-1234-5678";

    private readonly JourneyGateway _gateway;

    public DeadEndPageTests(JourneyGateway gateway)
    {
        _gateway = gateway;
        gateway.Fakes.Reset();
    }

    private FakeMembership Membership => _gateway.Fakes.Membership;

    private FakeIdentityPortal Portal => _gateway.Fakes.Portal;

    /// <summary>Situation → the id of the element that leads on, and where it goes (null: a button of a form on the page).</summary>
    private static (string situation, string id, string? href)[] DeadEnds =>
    [
        ("step2 before step1 (step1_not_completed)", "to-step1", "/step1"),
        ("step2 when the account exists", "to-step3", "/step3"),
        ("step2 start without step1 in this browser", "no-step1", null),
        ("step3 sign-in without an account", "to-step2", "/step2"),
        ("step3 code page for an address without an account", "to-step2", "/step2"),
        ("step1 confirm with nothing looked up", "start-over", "/step1"),
        ("step1 lookup expired", "start-over", "/step1"),
        ("step1 passcode expired", "resend", null),
        ("step1 passcode locked", "resend", null),
        ("step2 code page without a sign-up", "start-over", "/step2"),
        ("step2 e-mail code expired", "resend", null),
        ("step2 phone code page without a code sent", "start-over", "/step2/phone"),
        ("step2 phone code locked", "send-sms", null),
        ("step3 code page without a sign-in", "start-over", "/step3"),
        ("step3 code expired", "resend", null),
        ("step3 consent denied", "start-link", null),
    ];

    [Fact]
    public Task Every_dead_end_has_a_way_forward() =>
        Assert.AllAsync(DeadEnds, async row =>
        {
            var (situation, id, href) = row;
            _gateway.Fakes.Reset(); // each row starts afresh, as the constructor does for a test
            using var client = _gateway.CreateClient();

            var html = await ReachAsync(situation, client);

            var tag = HtmlForms.Tag(html, id);
            if (href is not null)
            {
                Assert.Equal(href, HtmlForms.Attribute(tag, "href"));
            }
            else if (id != "no-step1")
            {
                Assert.StartsWith("<button", tag);
            }
            Assert.DoesNotContain("error-page", html);
        });

    [Fact]
    public async Task Step2_before_step1_explains_in_our_own_words()
    {
        using var client = _gateway.CreateClient();
        var html = await ReachAsync("step2 before step1 (step1_not_completed)", client);
        Assert.Equal("先にSTEP 1 メールアドレスの確認を行ってください", HtmlForms.Text(html, "step1-first-title"));
        Assert.Contains("STEP 1で確認したメールアドレスが必要です", html);
        Assert.Contains("role=\"alert\"", html);
        // The indicator does not claim STEP 1 is done when identity-portal has just said it is not.
        Assert.DoesNotContain("progress__step--done", html);
    }

    private async Task<string> ReachAsync(string situation, HttpClient client)
    {
        switch (situation)
        {
            case "step2 before step1 (step1_not_completed)":
                return await Read(await Step2Steps.SignUpAsync(client, "new.student@example.ac.jp"));
            case "step2 when the account exists":
                return await Read(await Step2Steps.SignUpAsync(client, FakeMembership.Member1Email));
            case "step2 start without step1 in this browser":
                return await client.GetStringAsync("/step2");
            case "step3 sign-in without an account":
                return await client.GetStringAsync("/step3");
            case "step3 code page for an address without an account":
                await Step3Steps.SendCodeAsync(client, "nobody@example.ac.jp");
                return await client.GetStringAsync("/step3/code");
            case "step1 confirm with nothing looked up":
                return await client.GetStringAsync("/step1/confirm");
            case "step1 lookup expired":
                Membership.LookupLifetime = TimeSpan.FromMinutes(-1);
                await Step1Steps.LookUpSuccessfullyAsync(client);
                return await client.GetStringAsync("/step1/confirm");
            case "step1 passcode expired":
            {
                var challenge = await Step1Steps.StartPasscodeAsync(client);
                Membership.ExpireChallenges();
                return await Read(await Step1Steps.VerifyAsync(client, challenge, Membership.LastMail.Code));
            }
            case "step1 passcode locked":
            {
                var challenge = await Step1Steps.StartPasscodeAsync(client);
                var wrong = Membership.LastMail.Code == "000000" ? "111111" : "000000";
                var page = "";
                for (var attempt = 0; attempt < 5; attempt++)
                {
                    page = await Read(await Step1Steps.VerifyAsync(client, challenge, wrong));
                }
                Assert.Contains("上限", page);
                return page;
            }
            case "step2 code page without a sign-up":
                return await client.GetStringAsync("/step2/code");
            case "step2 e-mail code expired":
                Portal.Reset();
                await Step2Steps.CompleteStep1Async(client, Membership);
                await Step2Steps.SignUpAsync(client);
                Portal.ExpireCodes();
                return await Read(await Step2Steps.VerifyAsync(client, Portal.LastMail.Code));
            case "step2 phone code page without a code sent":
                return await client.GetStringAsync("/step2/phone/code");
            case "step2 phone code locked":
            {
                Portal.Reset();
                await Step2Steps.CompleteStep1Async(client, Membership);
                await Step2Steps.SignUpAsync(client);
                await Step2Steps.VerifyAsync(client, Portal.LastMail.Code);
                await Step2Steps.SetProfileAsync(client);
                await Step2Steps.SendPhoneCodeAsync(client, Mobile);
                var wrong = Portal.LastPhoneCode.Code == "000000" ? "111111" : "000000";
                var page = "";
                for (var attempt = 0; attempt < 5; attempt++)
                {
                    page = await Read(await Step2Steps.VerifyPhoneAsync(client, wrong));
                }
                return page;
            }
            case "step3 code page without a sign-in":
                return await client.GetStringAsync("/step3/code");
            case "step3 code expired":
                await Step3Steps.SendCodeAsync(client, FakeMembership.Member1Email);
                Portal.RespondOnce("POST", "/verification", 410, FakeIdentityPortal.Problem(410, "code_expired", FakeIdentityPortal.TitleOf("code_expired")));
                return await Read(await Step3Steps.VerifyAsync(client, Portal.LastMail.Code));
            case "step3 consent denied":
                await Step3Steps.SendCodeAsync(client, FakeMembership.Member1Email);
                await Step3Steps.VerifyAsync(client, Portal.LastMail.Code);
                return await client.GetStringAsync("/step3/mypage?link=denied");
            default:
                throw new ArgumentOutOfRangeException(nameof(situation), situation, null);
        }
    }

    private static async Task<string> Read(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
