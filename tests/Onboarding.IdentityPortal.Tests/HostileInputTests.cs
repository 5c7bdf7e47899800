using Onboarding.Testing.Http;

namespace Onboarding.IdentityPortal.Tests;

/// <summary>Every JSON endpoint of identity-portal against the hostile-input table.</summary>
[Collection(PortalCollection.Name)]
public sealed class HostileInputTests(PortalApiFactory factory) : IClassFixture<PortalApiFactory>
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
            // The token signing keys are created by a new host in the background as it starts, not by any request.
            await HostileInputCheck.RunAsync(factory, environment, factory.DatabaseConnectionString, madeAtStartup: ["public.token_keys"]);
        });
    }
}
