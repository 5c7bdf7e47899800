using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.Gateway.Coops;
using Onboarding.Gateway.Tests.Infrastructure;

namespace Onboarding.Gateway.Tests;

/// <summary>
/// Safety along a whole journey (resume included): no personal data in URLs — every redirect and every link or form
/// action on every page is checked for the member number, birth date, e-mail addresses, phone number and codes — and
/// every form that posts carries an antiforgery token, every code field is a numeric one-time code.
/// </summary>
public sealed partial class UrlPrivacyTests : IClassFixture<JourneyGateway>
{
    private readonly JourneyGateway _gateway;
    private readonly List<string> _urls = [];
    private readonly Dictionary<string, string> _pages = [];

    public UrlPrivacyTests(JourneyGateway gateway)
    {
        _gateway = gateway;
        gateway.Fakes.Reset();
        gateway.Fakes.Portal.Reset();
    }

    [Fact]
    public async Task No_page_of_the_journey_puts_personal_data_in_a_url()
    {
        var secrets = await WalkJourneyAsync();

        Assert.True(_urls.Count > 50, $"Only {_urls.Count} addresses were seen.");
        // The co-op's own published address (the help text's mailto: link) is the one e-mail address a URL may hold.
        var coopAddresses = _gateway.Factory.Services.GetRequiredService<CoopDirectory>().All.Select(coop => coop.EmailUri).ToHashSet();
        Assert.Contains(_urls, coopAddresses.Contains);
        foreach (var url in _urls.Where(url => !coopAddresses.Contains(url)))
        {
            foreach (var secret in secrets.Where(s => s.Length >= 6))
            {
                Assert.DoesNotContain(secret, url, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(Uri.EscapeDataString(secret), url, StringComparison.OrdinalIgnoreCase);
            }
            Assert.DoesNotMatch(EmailLike(), url);
        }
    }

    [Fact]
    public async Task Every_form_of_the_journey_has_an_antiforgery_token_and_code_fields_are_one_time_codes()
    {
        await WalkJourneyAsync();

        var codeFields = 0;
        foreach (var (path, html) in _pages)
        {
            foreach (Match form in PostForm().Matches(html))
            {
                Assert.True(form.Value.Contains("name=\"__RequestVerificationToken\"", StringComparison.Ordinal), $"A form on {path} has no antiforgery token.");
            }
            foreach (Match input in CodeInput().Matches(html))
            {
                codeFields++;
                Assert.Equal("numeric", HtmlForms.Attribute(input.Value, "inputmode"));
                Assert.Equal("one-time-code", HtmlForms.Attribute(input.Value, "autocomplete"));
            }
        }
        Assert.Equal(4, codeFields); // STEP 1 passcode, STEP 2 e-mail and phone codes, STEP 3 code
    }

    private async Task<List<string>> WalkJourneyAsync()
    {
        var fakes = _gateway.Fakes;
        using var client = _gateway.CreateClient();
        var secrets = new List<string> { FakeMembership.Member1, FakeMembership.Member1BirthDate, "20040401", FakeMembership.Member1Email, "sho.okada", "09012345678", "9012345678" };

        Record(await Step1Steps.LookUpAsync(client, FakeMembership.Member1, FakeMembership.Member1BirthDate));
        await VisitAsync(client, "/step1/confirm");
        var sent = await Step1Steps.SendToRegisteredAsync(client);
        Record(sent);
        var challenge = Step1Steps.ChallengeIdFrom(sent);
        await VisitAsync(client, $"/step1/passcode/{challenge}");
        secrets.Add(fakes.Membership.LastMail.Code);
        Record(await Step1Steps.VerifyAsync(client, challenge, fakes.Membership.LastMail.Code));
        await VisitAsync(client, "/step1/done");

        await VisitAsync(client, "/step2");
        Record(await Step2Steps.SignUpAsync(client));
        await VisitAsync(client, "/step2/code");
        secrets.Add(fakes.Portal.LastMail.Code);
        Record(await Step2Steps.VerifyAsync(client, fakes.Portal.LastMail.Code));
        await VisitAsync(client, "/step2/verified");
        Record(await Step2Steps.SetProfileAsync(client));
        await VisitAsync(client, "/step2/phone");
        Record(await Step2Steps.SendPhoneCodeAsync(client, "090-1234-5678"));
        await VisitAsync(client, "/step2/phone/code");
        secrets.Add(fakes.Portal.LastPhoneCode.Code);
        Record(await Step2Steps.VerifyPhoneAsync(client, fakes.Portal.LastPhoneCode.Code));
        await VisitAsync(client, "/step2/done");

        await VisitAsync(client, "/step3");
        Record(await Step3Steps.SendCodeAsync(client, FakeMembership.Member1Email));
        await VisitAsync(client, "/step3/code");
        secrets.Add(fakes.Portal.LastMail.Code);
        Record(await Step3Steps.VerifyAsync(client, fakes.Portal.LastMail.Code));
        await VisitAsync(client, "/step3/verified");
        await VisitAsync(client, "/step3/mypage");

        using var fresh = _gateway.CreateClient();
        await VisitAsync(fresh, "/");
        await VisitAsync(fresh, "/resume");
        Record(await ResumeSteps.ResumeAsync(fresh));
        return secrets;
    }

    private void Record(HttpResponseMessage response)
    {
        if (response.Headers.Location is { } location)
        {
            _urls.Add(location.OriginalString);
        }
    }

    private async Task VisitAsync(HttpClient client, string path)
    {
        _urls.Add(path);
        var html = await client.GetStringAsync(path);
        _pages[path] = html;
        _urls.AddRange(UrlAttribute().Matches(html).Select(match => System.Net.WebUtility.HtmlDecode(match.Groups["url"].Value)));
    }

    [GeneratedRegex("""<form\b[^>]*method="post"[^>]*>.*?</form>""", RegexOptions.Singleline)]
    private static partial Regex PostForm();

    [GeneratedRegex("""<input\b[^>]*\bname="(?:Code|Passcode)"[^>]*>""")]
    private static partial Regex CodeInput();

    [GeneratedRegex("\\b(?:href|action|src)=\"(?<url>[^\"]*)\"")]
    private static partial Regex UrlAttribute();

    [GeneratedRegex("[^/@\\s]+(@|%40)[^/@\\s]+\\.[a-z]{2,}", RegexOptions.IgnoreCase)]
    private static partial Regex EmailLike();
}
