using Onboarding.Testing.Http;

namespace Onboarding.WalletSandbox.Tests;

/// <summary>Every JSON endpoint of the provider's stand-in (fault injection) against the hostile-input table.</summary>
[Collection(SandboxCollection.Name)]
public sealed class HostileInputTests(SandboxFactory factory)
{
    [Fact]
    public async Task Unreadable_requests_get_a_4xx_problem_and_change_nothing()
    {
        string[] rows =
        [
            "Development",
            "Production",
        ];

        await Assert.AllAsync(rows, async environment =>
        {
            await HostileInputCheck.RunAsync(factory, environment, factory.DatabaseConnectionString,
                request => request.Headers.Add("X-Operator-Key", SandboxFactory.OperatorKey));
        });
    }
}
