using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace Onboarding.Testing.Http;

/// <summary>Runs <see cref="HostileInput"/> against a service hosted in the given environment and checks that its
/// database did not change.</summary>
public static class HostileInputCheck
{
    public static async Task RunAsync<TProgram>(WebApplicationFactory<TProgram> factory, string environment,
        string databaseConnectionString, Action<HttpRequestMessage>? authorize = null, string[]? madeAtStartup = null)
        where TProgram : class
    {
        await using var service = factory.WithWebHostBuilder(web => web.UseEnvironment(environment));
        var client = service.CreateClient();
        var before = await DatabaseFingerprint.OfAsync(databaseConnectionString);

        var wrong = await HostileInput.CheckAsync(client, service.Services, authorize);

        var changed = DatabaseFingerprint.Changed(before, await DatabaseFingerprint.OfAsync(databaseConnectionString))
            .Except(madeAtStartup ?? []).ToList();
        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
        Assert.True(changed.Count == 0, "changed: " + string.Join(", ", changed));
    }
}
