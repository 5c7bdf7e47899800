using System.Net.Http.Headers;
using Onboarding.Testing.Http;

namespace Onboarding.WalletLink.Tests;

/// <summary>Every JSON endpoint of wallet-link, with a member's token so that the body is read, against the
/// hostile-input table.</summary>
[Collection(WalletLinkCollection.Name)]
public sealed class HostileInputTests(WalletLinkFactory factory)
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
            var token = factory.Tokens.For(Guid.NewGuid());
            await HostileInputCheck.RunAsync(factory, environment, factory.DatabaseConnectionString,
                request => request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token));
        });
    }
}
