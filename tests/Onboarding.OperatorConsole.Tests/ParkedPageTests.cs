using System.Net;
using System.Text.Json;
using Onboarding.OperatorConsole.Audit;
using Onboarding.OperatorConsole.Tests.Infrastructure;

namespace Onboarding.OperatorConsole.Tests;

/// <summary>
/// Parked messages per service, each with its own key and path; a service that does not answer is "unavailable" on
/// its own row; a re-drive is audited before it is sent.
/// </summary>
public sealed class ParkedPageTests : IAsyncLifetime
{
    private OperationsHost _host = null!;

    public async Task InitializeAsync() => _host = await OperationsHost.StartAsync("wallet-link");

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Each_service_has_its_row_one_that_is_down_shows_unavailable_and_a_redrive_is_audited()
    {
        using var page = await _host.Admin.GetAsync("/parked");
        var html = await page.Content.ReadAsStringAsync();

        OperationsHost.AssertStatus(HttpStatusCode.OK, page, html);
        Assert.Contains("<td data-count=\"3\">3</td>", html); // notification
        Assert.Contains("<td data-count=\"0\">0</td>", html);
        Assert.Contains("data-count=\"unavailable\"", html);
        Assert.Contains("GET /api/portal/operator/parked-messages", _host.StandIn.Requests);
        Assert.Contains("GET /api/notification/operator/parked-messages", _host.StandIn.Requests);

        using var redriven = await _host.PostAsync("/parked", "/parked?handler=redrive", new() { ["service"] = "notification", ["reason"] = "SMTPの障害が復旧したため" });
        var redrivenHtml = await redriven.Content.ReadAsStringAsync();

        OperationsHost.AssertStatus(HttpStatusCode.OK, redriven, redrivenHtml);
        Assert.Contains("id=\"redriven\"", redrivenHtml);
        Assert.Contains("POST /api/notification/operator/parked-messages/redrive", _host.StandIn.Requests);
        var entry = Assert.Single(await AuditEntries.OfAsync(_host.Console, _host.AdminName), e => e.Action == AuditActions.MessagesRedriven);
        Assert.Equal("notification", entry.Subject);
        Assert.Equal("SMTPの障害が復旧したため", entry.Reason);
        Assert.Equal(3, JsonDocument.Parse(entry.Details!).RootElement.GetProperty("parked").GetInt64());

        using var down = await _host.PostAsync("/parked", "/parked?handler=redrive", new() { ["service"] = "wallet-link", ["reason"] = "再送" });
        var downHtml = await down.Content.ReadAsStringAsync();
        Assert.True(down.StatusCode is HttpStatusCode.ServiceUnavailable or HttpStatusCode.BadGateway, $"{down.StatusCode}");
        Assert.Contains("wallet-link が応答していません", downHtml);
        Assert.DoesNotContain(await AuditEntries.OfAsync(_host.Console, _host.AdminName), e => e.Subject == "wallet-link");
    }
}
