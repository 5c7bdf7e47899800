using Onboarding.Testing.Http;

namespace Onboarding.Membership.Tests;

/// <summary>Every JSON endpoint of membership, operator ones included, against the hostile-input table.</summary>
[Collection(MembershipCollection.Name)]
public sealed class HostileInputTests(MembershipApiFactory factory) : IClassFixture<MembershipApiFactory>
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
            await HostileInputCheck.RunAsync(
                factory.WithWebHostBuilder(web => web.UseSetting("Operator:ApiKey", ImportApiFixture.OperatorKey)),
                environment, factory.DatabaseConnectionString,
                request => request.Headers.Add("X-Operator-Key", ImportApiFixture.OperatorKey));
        });
    }
}
