using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Onboarding.Membership.Tests;

/// <summary>
/// The membership service (fresh database, real PostgreSQL and RabbitMQ) with an operator credential configured and
/// the fake member authentication (<see cref="TestMemberAuthentication"/>) in place of portal token validation.
/// </summary>
public sealed class OnboardingApiFixture : IAsyncLifetime
{
    public const string OperatorKey = "test-only-operator-key-for-progress";

    public MembershipApiFactory Membership { get; } = new();

    public WebApplicationFactory<Program> Service { get; private set; } = null!;

    public OnboardingFlow Flow { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)Membership).InitializeAsync();
        Service = Membership.WithWebHostBuilder(web =>
        {
            web.UseSetting("Operator:ApiKey", OperatorKey);
            web.ConfigureTestServices(services => services
                .AddAuthentication(TestMemberAuthentication.SchemeName)
                .AddScheme<AuthenticationSchemeOptions, TestMemberAuthentication>(TestMemberAuthentication.SchemeName, _ => { }));
        });
        Flow = new OnboardingFlow(Membership);
    }

    /// <summary>GET <paramref name="path"/> as an operator (<paramref name="operatorKey"/>) and/or a signed-in member.</summary>
    public async Task<(HttpResponseMessage Response, JsonElement Body)> GetAsync(string path, string? operatorKey = null, Guid? asMember = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (operatorKey is not null) request.Headers.Add("X-Operator-Key", operatorKey);
        if (asMember is { } memberId) request.Headers.Add(TestMemberAuthentication.HeaderName, memberId.ToString());
        var response = await Service.CreateClient().SendAsync(request);
        return (response, await ApiClient.JsonAsync(response));
    }

    public async Task DisposeAsync() => await Membership.DisposeAsync();
}
