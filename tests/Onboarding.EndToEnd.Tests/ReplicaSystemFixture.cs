using Microsoft.Extensions.DependencyInjection;
using Onboarding.AppHost;
using Xunit.Abstractions;

namespace Onboarding.EndToEnd.Tests;

/// <summary>
/// The whole system again, started with <c>--Onboarding:Replicas=2</c>: two processes of every service, the gateway and
/// the console behind Aspire's proxy (docs/architecture.md §3.3). A second whole-system start, so it is opt-in:
/// <c>E2E_REPLICAS=1</c> (see <see cref="ReplicaFactAttribute"/>); without it the fixture starts nothing.
/// </summary>
public sealed class ReplicaSystemFixture(IMessageSink diagnostics) : SystemFixture(diagnostics)
{
    public const int Replicas = 2;

    public const string Switch = "E2E_REPLICAS";

    public static bool Enabled => Environment.GetEnvironmentVariable(Switch) is "1" or "true";

    protected override IEnumerable<string> MoreAppHostArguments => [$"--Onboarding:Replicas={Replicas}"];

    public override async Task InitializeAsync()
    {
        if (Enabled) await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        if (Enabled) await base.DisposeAsync();
    }

    /// <summary>The resource ids (e.g. <c>gateway-abcd1234</c>) of <paramref name="resourceName"/>'s running processes.</summary>
    public IReadOnlyList<string> ReplicaIds(string resourceName) => ResourceIdsOf(resourceName);

    public IResource Resource(string resourceName) =>
        App.Services.GetRequiredService<DistributedApplicationModel>().Resources.Single(resource => resource.Name == resourceName);

    public CustomResourceSnapshot Snapshot(string resourceId) =>
        App.Services.GetRequiredService<ResourceNotificationService>().TryGetCurrentState(resourceId, out var current)
            ? current.Snapshot
            : throw new InvalidOperationException($"No state for '{resourceId}'.");

    /// <summary>
    /// Each replica's own address, past the proxy: the port Aspire gave that process (its <c>ASPNETCORE_URLS</c>, or a
    /// URL of its own in its state), so a test can choose which replica serves each request.
    /// </summary>
    public IReadOnlyList<Uri> ReplicaAddresses(string resourceName)
    {
        var proxied = App.GetEndpoint(resourceName, ResourceNames.HttpEndpoint);
        return [.. ReplicaIds(resourceName).Select(id => OwnAddress(id, Snapshot(id), proxied))];
    }

    private static Uri OwnAddress(string resourceId, CustomResourceSnapshot snapshot, Uri proxied)
    {
        var fromUrls = snapshot.Urls
            .Select(url => Uri.TryCreate(url.Url, UriKind.Absolute, out var uri) ? uri : null)
            .FirstOrDefault(uri => uri is { Scheme: "http" } && uri.Port != proxied.Port);
        if (fromUrls is not null) return new Uri($"http://localhost:{fromUrls.Port}");

        var urls = snapshot.EnvironmentVariables.FirstOrDefault(variable => variable.Name == "ASPNETCORE_URLS")?.Value;
        var fromEnvironment = urls?.Split(';')
            .Select(url => Uri.TryCreate(url.Replace("+", "localhost").Replace("*", "localhost"), UriKind.Absolute, out var uri) ? uri : null)
            .FirstOrDefault(uri => uri is { Scheme: "http" } && uri.Port != proxied.Port);
        if (fromEnvironment is not null) return new Uri($"http://localhost:{fromEnvironment.Port}");
        var ports = snapshot.EnvironmentVariables.FirstOrDefault(v => v.Name is "HTTP_PORTS" or "ASPNETCORE_HTTP_PORTS")?.Value;
        if (ports?.Split(';').FirstOrDefault() is { } port && int.TryParse(port, out var number) && number != proxied.Port)
        {
            return new Uri($"http://localhost:{number}");
        }

        throw new InvalidOperationException(
            $"No address of its own for '{resourceId}' (proxy {proxied}). URLs: {string.Join(", ", snapshot.Urls.Select(u => $"{u.Name}={u.Url}{(u.IsInternal ? " (internal)" : "")}"))}; " +
            $"ASPNETCORE_URLS={urls ?? "(none)"}; HTTP_PORTS={snapshot.EnvironmentVariables.FirstOrDefault(v => v.Name is "HTTP_PORTS" or "ASPNETCORE_HTTP_PORTS")?.Value ?? "(none)"}");
    }
}

[CollectionDefinition(Name)]
public sealed class ReplicaSystemCollection : ICollectionFixture<ReplicaSystemFixture>
{
    public const string Name = "system with replicas";
}

/// <summary>A test of the replicated system: skipped, saying how to run it, unless <c>E2E_REPLICAS=1</c>.</summary>
public sealed class ReplicaFactAttribute : FactAttribute
{
    public ReplicaFactAttribute()
    {
        if (!ReplicaSystemFixture.Enabled)
        {
            Skip = $"A second whole-system start (2 replicas of everything); run with {ReplicaSystemFixture.Switch}=1.";
        }
    }
}
