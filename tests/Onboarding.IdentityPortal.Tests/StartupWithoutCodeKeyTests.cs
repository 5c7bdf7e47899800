using System.Net;

namespace Onboarding.IdentityPortal.Tests;

/// <summary>Until the AppHost passes <c>Portal__CodeKey</c>, the service and its migrate step must keep running.</summary>
[Collection(PortalCollection.Name)]
public sealed class StartupWithoutCodeKeyTests
{
    [Fact]
    public async Task The_service_migrates_and_starts_without_the_code_key_and_refuses_only_code_sending()
    {
        await using var factory = new PortalApiFactory { CodeKey = "" };
        await ((IAsyncLifetime)factory).InitializeAsync(); // the migrate step's work

        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/portal/ping")).StatusCode);

        var email = $"nokey-{Guid.NewGuid():N}@example.ac.jp";
        await factory.ConfirmInStep1Async(email);
        var response = await new ApiClient(client).SignUpAsync(email);
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
    }
}
