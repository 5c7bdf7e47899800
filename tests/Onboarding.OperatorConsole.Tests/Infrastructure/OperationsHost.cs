using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Onboarding.OperatorConsole.Staff;

namespace Onboarding.OperatorConsole.Tests.Infrastructure;

/// <summary>
/// The console pointed at an <see cref="OperatorApiStandIn"/> (some services at a closed port when asked), with an
/// administrator signed in; <see cref="SignInAsync"/> signs in others. The console's retries of a failed GET wait
/// a millisecond rather than seconds, so that a service that is down is found out quickly.
/// </summary>
public sealed class OperationsHost : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _app;

    private OperationsHost(OperatorApiStandIn standIn, ConsoleFactory console)
    {
        (StandIn, Console) = (standIn, console);
        _app = console.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.PostConfigureAll<HttpStandardResilienceOptions>(options => options.Retry.Delay = TimeSpan.FromMilliseconds(1))));
    }

    public OperatorApiStandIn StandIn { get; }

    /// <summary>consoledb (<see cref="ConsoleFactory.NewDbContext"/>, <see cref="AuditEntries"/>).</summary>
    public ConsoleFactory Console { get; }

    public HttpClient Admin { get; private set; } = null!;

    public string AdminName { get; private set; } = "";

    public static async Task<OperationsHost> StartAsync(params string[] down)
    {
        var standIn = await OperatorApiStandIn.StartAsync();
        var host = new OperationsHost(standIn, await ConsoleFactory.StartAsync(settings: standIn.Settings(down)));
        (host.Admin, host.AdminName) = await host.SignInAsync(StaffRoles.Administrator);
        return host;
    }

    public async Task<(HttpClient Client, string UserName)> SignInAsync(string role)
    {
        var userName = "staff-" + Guid.NewGuid().ToString("N")[..8];
        await using var scope = _app.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<StaffDirectory>().CreateAsync(userName, role);
        Assert.True(created.Succeeded);
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var password = created.InitialPassword!;
        await StaffSession.EnrolAsync(client, userName, password);
        return (client, userName);
    }

    /// <summary>Posts a form from <paramref name="pagePath"/> (for its antiforgery token) as the administrator.</summary>
    public Task<HttpResponseMessage> PostAsync(string pagePath, string action, Dictionary<string, string> fields) =>
        StaffSession.PostFormAsync(Admin, pagePath, action, fields);

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await _app.DisposeAsync();
        await Console.DisposeAsync();
        await StandIn.DisposeAsync();
    }

    public static void AssertStatus(HttpStatusCode expected, HttpResponseMessage response, string body) =>
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode} instead of {(int)expected}: {body[..Math.Min(body.Length, 2000)]}");
}
