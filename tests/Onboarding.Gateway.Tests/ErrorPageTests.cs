using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Onboarding.Gateway.Tests.Infrastructure;

namespace Onboarding.Gateway.Tests;

public sealed class ErrorPageTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    [Fact]
    public async Task Unknown_page_is_a_Japanese_404_page_by_default()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/no-such-page");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"ja\">", html);
        Assert.Contains("ページが見つかりません", html);
        Assert.Contains("トップページへ戻る", html);
    }

    [Fact]
    public async Task Unknown_page_is_an_English_404_page_after_switching()
    {
        using var client = factory.CreateClient();
        await HtmlForms.SwitchLanguageAsync(client, "en");

        var response = await client.GetAsync("/no-such-page");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("Page not found", html);
        Assert.DoesNotContain("ページが見つかりません", html);
    }

    [Fact]
    public async Task Language_switch_on_the_404_page_returns_to_the_address_asked_for()
    {
        using var client = factory.CreateClient();

        var notFound = await client.GetAsync("/no-such-page?x=1");
        var html = await notFound.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.Contains("name=\"returnUrl\" value=\"/no-such-page?x=1\"", html);
    }

    [Fact]
    public async Task Error_page_renders_in_both_languages()
    {
        using var client = factory.CreateClient();

        var japanese = await client.GetStringAsync("/Error");
        await HtmlForms.SwitchLanguageAsync(client, "en");
        var english = await client.GetStringAsync("/Error");

        Assert.Contains("エラーが発生しました", japanese);
        Assert.Contains("Something went wrong", english);
    }

    [Fact]
    public async Task Unknown_api_path_is_localised_problem_details_not_a_page()
    {
        (string language, string title)[] rows =
        [
            ("ja", "指定されたページまたはデータが見つかりません。"),
            ("en", "The requested page or data was not found."),
        ];

        await Assert.AllAsync(rows, async row =>
        {
            var (language, title) = row;
            using var client = factory.CreateClient();
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

            var response = await client.GetAsync("/api/no-such-service/x");
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("not_found", problem.RootElement.GetProperty("code").GetString());
            Assert.Equal(title, problem.RootElement.GetProperty("title").GetString());
        });
    }
}
