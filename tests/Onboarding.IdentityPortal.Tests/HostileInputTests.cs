using System.Net.Http.Headers;
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
        // A member's access token, so the account settings API reads the body instead of turning the request away.
        var signIns = new SignInClient(factory);
        var user = await signIns.CreateAccountAsync();
        var token = AccountSettingsClient.AccessToken(await new AccountSettingsClient(factory, signIns).SittingAsync(user.Email!));

        await Assert.AllAsync(rows, async environment =>
        {
            // The token signing keys are created by a new host in the background as it starts, not by any request.
            await HostileInputCheck.RunAsync(factory, environment, factory.DatabaseConnectionString,
                request =>
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    // And the operator key, so the help desk's phone search reads the body too.
                    request.Headers.Add("X-Operator-Key", PortalApiFactory.OperatorKey);
                }, madeAtStartup: ["public.token_keys"]);
        });
    }
}
