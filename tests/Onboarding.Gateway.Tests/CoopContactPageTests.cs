using System.Net;
using Onboarding.Gateway.Coops;
using Onboarding.Gateway.Tests.Infrastructure;

namespace Onboarding.Gateway.Tests;

/// <summary>
/// The co-op to contact (the help text of every page, and /coops) with the Development directory
/// (appsettings.Development.json): the list before the member is identified, their own co-op once they are.
/// </summary>
public sealed class CoopContactPageTests : IClassFixture<JourneyGateway>
{
    private const string TokaiName = "東海大学生活協同組合";
    private const string TokaiPhone = "0463-00-1201";
    private const string TokyoName = "東京大学消費生活協同組合";

    private readonly JourneyGateway _gateway;

    public CoopContactPageTests(JourneyGateway gateway)
    {
        _gateway = gateway;
        gateway.Fakes.Reset();
    }

    private FakeMembership Membership => _gateway.Membership;

    /// <summary>The footer's own-co-op section, or null when the footer only links to the list.</summary>
    private static string? OwnCoopSection(string html) =>
        html.Contains("id=\"coop-contact\"", StringComparison.Ordinal) ? HtmlForms.Text(html, "coop-contact") : null;

    [Fact]
    public async Task The_list_shows_every_coop_of_the_directory_in_Japanese_and_in_English()
    {
        using var client = _gateway.CreateClient();

        var response = await client.GetAsync("/coops");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1 id=\"page-title\">生協の連絡先</h1>", html);
        foreach (var name in new[] { TokaiName, TokyoName, "京都大学生活協同組合", "名古屋大学消費生活協同組合" })
        {
            Assert.Contains(name, html);
        }
        Assert.Contains($"<a href=\"tel:0463001201\">{TokaiPhone}</a>", html);
        Assert.Contains("<a href=\"mailto:help@tokai.univcoop.example\">help@tokai.univcoop.example</a>", html);
        Assert.Contains("平日 10:00〜17:00（土日祝日・年末年始を除く）", html);
        Assert.Contains("https://tokai.univcoop.example/help", html);
        Assert.DoesNotContain("coop-list__own", html);
        // The list page's own footer still only links (to itself): nobody is identified.
        Assert.Null(OwnCoopSection(html));

        using var english = _gateway.CreateClient("en");
        var inEnglish = await english.GetStringAsync("/coops");
        Assert.Contains("<h1 id=\"page-title\">Co-op contact details</h1>", inEnglish);
        Assert.Contains("Tokai University Co-op", inEnglish);
        Assert.Contains("Weekdays 10:00–17:00 (closed on weekends, public holidays and over New Year)", inEnglish);
        Assert.Contains("Opening hours", inEnglish);
        Assert.DoesNotContain(TokaiName, inEnglish);
    }

    [Fact]
    public async Task Before_the_member_is_identified_the_help_text_links_to_the_list()
    {
        using var client = _gateway.CreateClient();

        foreach (var path in new[] { "/", "/step1", "/resume" })
        {
            var html = await client.GetStringAsync(path);

            Assert.Null(OwnCoopSection(html));
            Assert.Contains("生協までお問い合わせください。", html);
            Assert.Equal("/coops", HtmlForms.Attribute(HtmlForms.Tag(html, "coop-list-link"), "href"));
            Assert.Equal("各生協の連絡先", HtmlForms.Text(html, "coop-list-link"));
        }
    }

    [Fact]
    public async Task After_the_lookup_the_help_text_names_the_members_own_coop()
    {
        using var client = _gateway.CreateClient();
        await Step1Steps.LookUpSuccessfullyAsync(client);

        foreach (var path in new[] { "/step1/confirm", "/step1/email", "/", "/resume" })
        {
            var section = OwnCoopSection(await client.GetStringAsync(path));

            Assert.NotNull(section);
            Assert.Contains($"ご所属の{TokaiName}までお問い合わせください。", section);
            Assert.Contains(TokaiPhone, section);
            Assert.Contains("help@tokai.univcoop.example", section);
            Assert.Contains("平日 10:00〜17:00", section);
            Assert.DoesNotContain(TokyoName, section);
        }

        // The list marks the member's own co-op.
        var list = await client.GetStringAsync("/coops");
        Assert.Contains("ご所属の生協", HtmlForms.Text(list, "coop-0-name"));
        Assert.DoesNotContain("ご所属の生協", HtmlForms.Text(list, "coop-1-name"));

        // Another member in another browser: their own co-op, in English too.
        using var other = _gateway.CreateClient("en");
        await Step1Steps.LookUpSuccessfullyAsync(other, FakeMembership.Member2, FakeMembership.Member2BirthDate);
        var theirs = OwnCoopSection(await other.GetStringAsync("/step1/confirm"));
        Assert.NotNull(theirs);
        Assert.Contains("please contact your co-op, University of Tokyo Co-op.", theirs);
        Assert.Contains("03-0000-1202", theirs);
        Assert.DoesNotContain(TokaiPhone, theirs);
    }

    [Fact]
    public async Task A_coop_the_directory_does_not_list_falls_back_to_the_list()
    {
        Membership.RespondOnce("POST", "/api/membership/lookups", 201, new
        {
            lookupId = Guid.NewGuid(),
            maskedName = "岡*太*",
            maskedRegisteredEmail = (string?)null,
            expiresAt = DateTimeOffset.UtcNow.AddMinutes(30),
            coop = "大阪大学生協",
        }, "application/json");
        using var client = _gateway.CreateClient();
        await Step1Steps.LookUpSuccessfullyAsync(client);

        var html = await client.GetStringAsync("/step1/confirm");

        Assert.Contains("岡*太*", html);
        Assert.Null(OwnCoopSection(html));
        Assert.Equal("/coops", HtmlForms.Attribute(HtmlForms.Tag(html, "coop-list-link"), "href"));
    }

    [Fact]
    public async Task A_member_signed_in_without_a_lookup_gets_their_coop_from_the_mypage_on()
    {
        using var client = _gateway.CreateClient();
        await SignInAsync(client);

        // Nothing in this browser says which co-op yet: the list.
        Assert.Null(OwnCoopSection(await client.GetStringAsync("/step3/verified")));

        _gateway.Fakes.Wallet.Link(FakeIdentityPortal.Member1Id);
        var mypage = await client.GetAsync("/step3/mypage");
        Assert.Contains(mypage.Headers.GetValues("Set-Cookie"), c => c.StartsWith(MemberCoopStore.CookieName + "=", StringComparison.Ordinal) && c.Contains("httponly"));
        Assert.Contains(TokaiPhone, OwnCoopSection(await mypage.Content.ReadAsStringAsync()));
        var requests = Membership.Requests.Count;

        // Remembered for this member: later pages name the co-op without asking membership again.
        Assert.Contains(TokaiPhone, OwnCoopSection(await client.GetStringAsync("/step3/verified")));
        Assert.Contains(TokaiPhone, OwnCoopSection(await client.GetStringAsync("/")));
        Assert.Equal(requests, Membership.Requests.Count);
    }

    [Fact]
    public async Task A_member_who_confirmed_the_address_in_this_browser_keeps_their_coop_through_step2_and_after_signing_in()
    {
        using var client = _gateway.CreateClient();
        var challengeId = await Step1Steps.StartPasscodeAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, (await Step1Steps.VerifyAsync(client, challengeId, Membership.LastMail.Code)).StatusCode);

        // The lookup is forgotten once STEP 1 is done; the confirmation carries the co-op on to STEP 2.
        Assert.Contains(TokaiPhone, OwnCoopSection(await client.GetStringAsync("/step1/done")));
        Assert.Contains(TokaiPhone, OwnCoopSection(await client.GetStringAsync("/step2")));

        await SignInAsync(client);

        Assert.Contains(TokaiPhone, OwnCoopSection(await client.GetStringAsync("/step3/verified")));
    }

    private async Task SignInAsync(HttpClient client)
    {
        Assert.Equal(HttpStatusCode.Redirect, (await Step3Steps.SendCodeAsync(client, FakeMembership.Member1Email)).StatusCode);
        var verified = await Step3Steps.VerifyAsync(client, _gateway.Portal.LastMail.Code);
        Assert.Equal("/step3/verified", verified.Headers.Location?.OriginalString);
    }
}
