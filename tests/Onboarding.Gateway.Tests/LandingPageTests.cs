using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Onboarding.Gateway.Tests.Infrastructure;

namespace Onboarding.Gateway.Tests;

public sealed class LandingPageTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    [Fact]
    public async Task Is_Japanese_when_the_member_has_expressed_no_preference()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"ja\">", html);
        Assert.Contains("STEP 1から登録を始める", html);
        Assert.Contains("href=\"/step1\"", html);
        Assert.Contains("メールアドレスの確認", html);
        Assert.Contains("マイポータルへの登録", html);
        Assert.Contains("PokePay認証", html);
        Assert.Contains("必ず手順どおりに進めてください", html);
    }

    [Fact]
    public async Task Shows_the_default_cutover_date_and_the_day_before_as_the_deadline()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/");

        Assert.Contains("<time class=\"date\" datetime=\"2027-01-01\">2027年1月1日（金）</time>から電子マネーが使用できなくなります", html);
        Assert.Contains("<time class=\"date\" datetime=\"2026-12-31\">2026年12月31日（木）</time>までに", html);
    }

    [Fact]
    public async Task Takes_the_cutover_date_from_configuration_and_formats_it_per_language()
    {
        using var configured = factory.WithWebHostBuilder(builder => builder.UseSetting("Onboarding:CutoverDate", "2027-04-01"));
        using var client = configured.CreateClient();

        var japanese = await client.GetStringAsync("/");
        await HtmlForms.SwitchLanguageAsync(client, "en");
        var english = await client.GetStringAsync("/");

        Assert.Contains("2027年4月1日（木）", japanese);
        Assert.Contains("2027年3月31日（水）", japanese);
        Assert.Contains("Thursday, April 1, 2027", english);
        Assert.Contains("Wednesday, March 31, 2027", english);
    }

    [Fact]
    public async Task Is_English_after_the_language_switch_and_stays_so()
    {
        using var client = factory.CreateClient();

        var switched = await HtmlForms.SwitchLanguageAsync(client, "en");
        var html = await switched.Content.ReadAsStringAsync();
        var later = await client.GetStringAsync("/");

        Assert.Equal(HttpStatusCode.OK, switched.StatusCode);
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("Start with STEP 1", html);
        Assert.Contains("Confirm your email address", html);
        Assert.DoesNotContain("登録を始める", html);
        Assert.Contains("<html lang=\"en\">", later);
    }

    [Fact]
    public async Task Switches_back_to_Japanese()
    {
        using var client = factory.CreateClient();
        await HtmlForms.SwitchLanguageAsync(client, "en");

        var switched = await HtmlForms.SwitchLanguageAsync(client, "ja");
        var html = await switched.Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"ja\">", html);
        Assert.Contains("STEP 1から登録を始める", html);
    }

    [Fact]
    public async Task Follows_an_English_browser_until_the_member_chooses()
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US,en;q=0.9");

        var english = await client.GetStringAsync("/");
        await HtmlForms.SwitchLanguageAsync(client, "ja");
        var chosen = await client.GetStringAsync("/");

        Assert.Contains("<html lang=\"en\">", english);
        Assert.Contains("<html lang=\"ja\">", chosen);
    }

    [Fact]
    public async Task Language_switch_returns_only_to_pages_of_this_site()
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await client.GetStringAsync("/");

        var response = await client.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "en",
            ["returnUrl"] = "https://evil.example/phish",
            ["__RequestVerificationToken"] = HtmlForms.AntiforgeryToken(page),
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Language_switch_rejects_a_post_without_antiforgery_token()
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "en",
            ["returnUrl"] = "/",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers, header => header.Key == "Set-Cookie" && header.Value.Any(v => v.StartsWith(".AspNetCore.Culture")));
    }

    [Fact]
    public async Task Language_switch_rejects_an_unsupported_language()
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await HtmlForms.SwitchLanguageAsync(client, "fr");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
