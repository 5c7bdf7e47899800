using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Onboarding.Gateway.Tests.Infrastructure;

namespace Onboarding.Gateway.Tests;

public sealed class SecurityHeadersTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    [Fact]
    public async Task Every_response_carries_the_browser_protections()
    {
        string[] rows =
        [
            "/",
            "/no-such-page",
            "/api/no-such-service/x",
        ];

        await Assert.AllAsync(rows, async path =>
        {
            using var client = factory.CreateClient();

            var response = await client.GetAsync(path);

            var csp = Header(response, "Content-Security-Policy");
            Assert.Contains("default-src 'self'", csp);
            Assert.Contains("frame-ancestors 'none'", csp);
            Assert.Contains("base-uri 'self'", csp);
            Assert.Contains("form-action 'self'", csp);
            Assert.DoesNotContain("unsafe-inline", csp);
            Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
            Assert.Contains(Header(response, "Referrer-Policy"), new[] { "no-referrer", "strict-origin-when-cross-origin" });
            Assert.Contains("camera=()", Header(response, "Permissions-Policy"));
            Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        });
    }

    [Fact]
    public async Task Pages_with_forms_carry_an_antiforgery_token()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/");

        Assert.Contains("name=\"__RequestVerificationToken\"", html);
    }

    [Fact]
    public async Task No_HSTS_in_Development()
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://gateway.example") });

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task HSTS_outside_Development()
    {
        using var production = factory.WithWebHostBuilder(builder => builder.UseEnvironment("Production"));
        using var client = production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://gateway.example") });

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("max-age=31536000", Header(response, "Strict-Transport-Security"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values)
        : throw new Xunit.Sdk.XunitException($"{name} is missing.");
}
