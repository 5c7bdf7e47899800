using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Onboarding.Gateway.Tests.Infrastructure;

/// <summary>
/// The gateway in memory, with <see cref="FakeMembership"/> behind it on a real port, found by service discovery under
/// its Aspire resource name (the same <c>services:membership</c> configuration the AppHost sets). One per test class;
/// tests reset the fake's state (xUnit runs the tests of a class one after another).
/// </summary>
public sealed class Step1Gateway : IAsyncLifetime
{
    public FakeMembership Membership { get; private set; } = null!;

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Membership = await FakeMembership.StartAsync();
        Factory = new GatewayFactory().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("services:membership:http:0", Membership.BaseAddress.ToString());
            // Every test here talks from the same (absent) client address.
            builder.UseSetting("Gateway:RateLimiting:PermitsPerMinute", "100000");
        });
    }

    /// <summary>A browser-like client: keeps cookies, does not follow redirects (so tests can read them).</summary>
    public HttpClient CreateClient(string? acceptLanguage = null)
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (acceptLanguage is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);
        }
        return client;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Membership.DisposeAsync();
    }
}
