using Onboarding.Notification.Tests.Infrastructure;
using Onboarding.Testing.Http;

namespace Onboarding.Notification.Tests;

/// <summary>Every JSON endpoint of notification (the help desk's delivery search) against the hostile-input table.</summary>
[Collection(NotificationServiceCollection.Name)]
public sealed class HostileInputTests(NotificationServiceFixture fixture)
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
            await HostileInputCheck.RunAsync(fixture.Service, environment, fixture.DatabaseConnectionString,
                request => request.Headers.Add("X-Operator-Key", NotificationServiceFixture.OperatorKey));
        });
    }
}
