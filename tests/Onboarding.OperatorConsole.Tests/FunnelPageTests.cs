using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Onboarding.OperatorConsole.Audit;
using Onboarding.OperatorConsole.Tests.Infrastructure;

namespace Onboarding.OperatorConsole.Tests;

/// <summary>
/// The funnel page shows membership's figures per co-op and the trend; the members CSV is audited before membership
/// is even asked for it, and passed through to the browser byte for byte.
/// </summary>
public sealed class FunnelPageTests : IAsyncLifetime
{
    private OperationsHost _host = null!;

    public async Task InitializeAsync() => _host = await OperationsHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_page_shows_each_coops_members_at_each_stage_with_totals_and_the_trend()
    {
        using var response = await _host.Admin.GetAsync("/funnel");
        var html = await response.Content.ReadAsStringAsync();
        var filtered = await _host.Admin.GetStringAsync("/funnel?coop=%E5%8C%97%E6%B5%B7%E9%81%93%E5%A4%A7%E5%AD%A6%E7%94%9F%E5%8D%94&days=7");

        OperationsHost.AssertStatus(HttpStatusCode.OK, response, html);
        Assert.Contains("<td data-stage=\"not_started\">120</td>", html);
        Assert.Contains("<td data-stage=\"completed\">293</td>", html);
        Assert.Contains("<td data-stage=\"total\">500</td>", html);
        Assert.Contains("<td>600</td>", html); // both co-ops together
        Assert.Contains("2026-12-06", html);
        Assert.Contains("<meter", html);
        Assert.Contains("未開始", html);
        Assert.Contains("data-coop=\"北海道大学生協\"", filtered);
        Assert.DoesNotContain("data-coop=\"東海大学生協\"", filtered);
        Assert.Contains("GET /api/membership/operator/funnel?coop=%E5%8C%97%E6%B5%B7%E9%81%93%E5%A4%A7%E5%AD%A6%E7%94%9F%E5%8D%94&days=7", _host.StandIn.Requests);
    }

    [Fact]
    public async Task The_members_csv_is_audited_before_membership_is_asked_and_passed_through_byte_for_byte()
    {
        List<AuditEntry>? seenByMembership = null;
        _host.StandIn.OnMembersCsv = async () => seenByMembership = await AuditEntries.OfAsync(_host.Console, _host.AdminName);

        using var response = await _host.PostAsync("/funnel", "/funnel?handler=export",
            new() { ["coop"] = "東海大学生協", ["stage"] = "step1", ["reason"] = "生協からの依頼（未完了者への電話連絡）" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("members-not-done-20261206.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(OperatorApiStandIn.MembersCsv, await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("GET /api/membership/operator/funnel/members.csv?coop=%E6%9D%B1%E6%B5%B7%E5%A4%A7%E5%AD%A6%E7%94%9F%E5%8D%94&stage=step1", _host.StandIn.Requests);

        var exported = Assert.Single(seenByMembership!, entry => entry.Action == AuditActions.FunnelMembersExported);
        Assert.Equal("東海大学生協", exported.Subject);
        Assert.Equal("生協からの依頼（未完了者への電話連絡）", exported.Reason);
        var details = JsonDocument.Parse(exported.Details!).RootElement;
        Assert.Equal("東海大学生協", details.GetProperty("coop").GetString());
        Assert.Equal("step1", details.GetProperty("stage").GetString());
    }
}
