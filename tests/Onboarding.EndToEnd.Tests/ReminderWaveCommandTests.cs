using Onboarding.AppHost;
using Onboarding.AppHost.Commands;

namespace Onboarding.EndToEnd.Tests;

/// <summary>
/// The operators' dashboard command that releases a deadline reminder wave reaches membership's operator endpoint
/// with membership's key. Reminders are off in this system (no wave is planned), so the wave is not found; the
/// release itself is tested on membership (ReminderTests).
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class ReminderWaveCommandTests(SystemFixture system)
{
    [Fact]
    public async Task The_dashboard_command_asks_membership_to_release_the_wave_and_reports_its_answer()
    {
        var result = await system.App.ResourceCommands.ExecuteCommandAsync(ResourceNames.Membership, ReminderWaveReleaseCommand.Name,
            new InteractionInputCollection([new InteractionInput { Name = "waveId", InputType = InputType.Text, Label = "wave", Value = "2027-01-01-d30" }]));

        Assert.False(result.Success);
        Assert.Contains("HTTP 404", result.Message);
        Assert.Contains("wave_not_found", result.Message);
    }
}
