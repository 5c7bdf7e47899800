using System.Net;
using Onboarding.OperatorConsole.Audit;
using Onboarding.OperatorConsole.Staff;
using Onboarding.OperatorConsole.Tests.Infrastructure;

namespace Onboarding.OperatorConsole.Tests;

/// <summary>
/// Any staff member sees the reminder waves and a wave's preview; an administrator releases a wave after a
/// confirmation, audited first; membership's 409 for a wave released before is shown as its message.
/// </summary>
public sealed class ReminderPagesTests : IAsyncLifetime
{
    private const string Release = $"/reminders/{OperatorApiStandIn.WaveId}/release";
    private OperationsHost _host = null!;

    public async Task InitializeAsync() => _host = await OperationsHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Help_desk_staff_see_the_waves_and_a_preview_per_coop_and_next_step_but_no_release()
    {
        var (helpDesk, _) = await _host.SignInAsync(StaffRoles.HelpDesk);

        var list = await helpDesk.GetStringAsync("/reminders");
        var wave = await helpDesk.GetStringAsync($"/reminders/{OperatorApiStandIn.WaveId}");

        Assert.Contains($"href=\"/reminders/{OperatorApiStandIn.WaveId}\"", list);
        Assert.Contains("予定日時を待っています", list);
        Assert.Contains("送信開始の指示済み", list);
        Assert.Contains("<td data-step=\"step1\">150</td>", wave);
        Assert.Contains("<td data-step=\"total\">192</td>", wave);
        Assert.DoesNotContain("id=\"release-link\"", wave);
        Assert.Contains("id=\"release-link\"", await _host.Admin.GetStringAsync($"/reminders/{OperatorApiStandIn.WaveId}"));

        // A well-formed id membership does not know: its 404 and its words.
        using var unknown = await helpDesk.GetAsync("/reminders/2027-03-31-d99");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("そのリマインダーは見つかりません", await unknown.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_release_is_audited_first_and_a_second_one_shows_memberships_409_as_a_message()
    {
        using var released = await _host.PostAsync(Release, Release, new() { ["confirm"] = "true", ["reason"] = "切り替え日が早まったため" });
        var releasedHtml = await released.Content.ReadAsStringAsync();
        using var again = await _host.PostAsync($"/reminders/{OperatorApiStandIn.ReleasedWaveId}", $"/reminders/{OperatorApiStandIn.ReleasedWaveId}/release",
            new() { ["confirm"] = "true", ["reason"] = "再送" });
        var againHtml = await again.Content.ReadAsStringAsync();

        OperationsHost.AssertStatus(HttpStatusCode.OK, released, releasedHtml);
        Assert.Contains("id=\"wave-released\"", releasedHtml);
        Assert.Contains($"POST /api/membership/operator/reminder-waves/{OperatorApiStandIn.WaveId}/release", _host.StandIn.Requests);
        OperationsHost.AssertStatus(HttpStatusCode.Conflict, again, againHtml);
        Assert.Contains("このリマインダーはすでに送信を開始しています", againHtml);
        Assert.Contains("error-summary", againHtml);

        var entries = (await AuditEntries.OfAsync(_host.Console, _host.AdminName)).Where(entry => entry.Action == AuditActions.ReminderWaveReleased).ToList();
        Assert.Equal([OperatorApiStandIn.WaveId, OperatorApiStandIn.ReleasedWaveId], entries.Select(entry => entry.Subject));
        Assert.Equal("切り替え日が早まったため", entries[0].Reason);
    }
}
