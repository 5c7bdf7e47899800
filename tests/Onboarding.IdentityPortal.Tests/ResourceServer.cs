using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Onboarding.IdentityPortal.Tests;

/// <summary>
/// A service that accepts the members' tokens exactly as wallet-link and membership do
/// (<see cref="PortalTokenValidation.AddPortalTokenValidation"/>), fetching identity-portal's published keys from the
/// real identity-portal under test.
/// </summary>
public sealed class ResourceServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _client;

    private ResourceServer(WebApplication app)
    {
        _app = app;
        _client = app.GetTestClient();
    }

    /// <param name="metadataRequests">Told the path of every request for identity-portal's metadata and keys.</param>
    public static async Task<ResourceServer> StartAsync(PortalApiFactory portal, string audience = "wallet-link", Action<string>? metadataRequests = null)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.AddPortalTokenValidation(audience);
        builder.Services.AddHttpClient(PortalTokenValidation.MetadataClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new ObservedHandler(portal.Server.CreateHandler(), metadataRequests ?? (_ => { })));
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/me", (HttpContext http) => http.User.FindFirst(PortalTokenValidation.MemberIdClaim)?.Value).RequireAuthorization();
        await app.StartAsync();
        return new ResourceServer(app);
    }

    /// <summary>The status and body of <c>GET /me</c> with this bearer token.</summary>
    public async Task<(int Status, string Body)> CallAsync(string accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        var response = await _client.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private sealed class ObservedHandler(HttpMessageHandler inner, Action<string> observe) : DelegatingHandler(inner)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            observe(request.RequestUri!.AbsolutePath);
            return base.SendAsync(request, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }
}
