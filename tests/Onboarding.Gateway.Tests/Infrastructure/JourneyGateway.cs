using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Onboarding.Gateway.Tests.Infrastructure;

/// <summary>
/// The gateway in memory with <see cref="JourneyFakes"/> behind it, for the page tests of every step. One per test
/// class; each test resets the fakes it uses (xUnit runs the tests of a class one after another).
/// </summary>
public sealed class JourneyGateway : IAsyncLifetime
{
    public JourneyFakes Fakes { get; private set; } = null!;

    public FakeMembership Membership => Fakes.Membership;

    public FakeIdentityPortal Portal => Fakes.Portal;

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Fakes = await JourneyFakes.StartAsync();
        Factory = new GatewayFactory().WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in Fakes.ServiceSettings)
            {
                builder.UseSetting(key, value);
            }
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
        await Fakes.DisposeAsync();
    }
}
