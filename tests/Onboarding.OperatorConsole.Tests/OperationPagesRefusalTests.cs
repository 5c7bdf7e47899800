using System.Net;
using Onboarding.OperatorConsole.Staff;
using Onboarding.OperatorConsole.Tests.Infrastructure;

namespace Onboarding.OperatorConsole.Tests;

/// <summary>
/// Malformed input to the operation pages is a 400 naming its field, asks nothing of any service and audits nothing;
/// help desk staff are refused the administrator pages and actions; a service that is down is a clear message with
/// 502/503, never a 500.
/// </summary>
public sealed class OperationPagesRefusalTests : IAsyncLifetime
{
    private const string Wave = $"/reminders/{OperatorApiStandIn.WaveId}/release";
    private OperationsHost _host = null!;

    public async Task InitializeAsync() => _host = await OperationsHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public static readonly string LongReason = new('理', 501);

    [Fact]
    public async Task Malformed_input_is_a_400_with_its_field_and_nothing_is_sent_or_audited()
    {
        (string Page, string Action, Dictionary<string, string> Fields, string Field)[] rows =
        [
            ("/funnel", "/funnel?handler=export", new() { ["coop"] = "東海大学生協" }, "reason"),
            ("/funnel", "/funnel?handler=export", new() { ["coop"] = "東海大学生協", ["reason"] = "   " }, "reason"),
            ("/funnel", "/funnel?handler=export", new() { ["coop"] = "東海大学生協", ["reason"] = LongReason }, "reason"),
            ("/funnel", "/funnel?handler=export", new() { ["reason"] = "依頼" }, "export-coop"),
            ("/funnel", "/funnel?handler=export", new() { ["coop"] = "東海大学生協", ["stage"] = "completed", ["reason"] = "依頼" }, "stage"),
            ("/funnel", "/funnel?handler=export", new() { ["coop"] = new string('生', 201), ["reason"] = "依頼" }, "export-coop"),
            ("/reminders", Wave, new() { ["confirm"] = "true" }, "reason"),
            ("/reminders", Wave, new() { ["reason"] = "前倒し" }, "confirm"),
            ("/reminders", "/reminders/2027-03-31-x30/release", new() { ["confirm"] = "true", ["reason"] = "前倒し" }, ""),
            ("/reminders", "/reminders/2027-02-30-d30/release", new() { ["confirm"] = "true", ["reason"] = "前倒し" }, ""),
            ("/roster", "/roster?handler=import", new() { ["reason"] = "名簿" }, "roster"),
            ("/parked", "/parked?handler=redrive", new() { ["service"] = "notification" }, "reason-notification"),
            ("/parked", "/parked?handler=redrive", new() { ["service"] = "notification", ["reason"] = LongReason }, "reason-notification"),
            ("/parked", "/parked?handler=redrive", new() { ["service"] = "billing", ["reason"] = "再送" }, ""),
        ];
        var requestsBefore = _host.StandIn.Requests.Count;

        await Assert.AllAsync(rows, async row =>
        {
            using var response = await _host.PostAsync(row.Page, row.Action, row.Fields);
            var html = await response.Content.ReadAsStringAsync();

            OperationsHost.AssertStatus(HttpStatusCode.BadRequest, response, html);
            Assert.Contains("class=\"error-summary\"", html);
            if (row.Field.Length > 0) Assert.Contains($"id=\"{row.Field}-error\"", html);
        });
        await Assert.AllAsync(["/funnel?days=0", "/funnel?days=abc", "/funnel?coop=" + new string('x', 201), "/reminders/not-a-wave", "/reminders/2027-03-31-d30;drop"], async path =>
        {
            using var response = await _host.Admin.GetAsync(path);
            OperationsHost.AssertStatus(HttpStatusCode.BadRequest, response, await response.Content.ReadAsStringAsync());
        });

        // The pages' own GETs (for the antiforgery token) ask for figures; no refused form sent anything.
        Assert.DoesNotContain(_host.StandIn.Requests.Skip(requestsBefore), request => request.StartsWith("POST", StringComparison.Ordinal) || request.Contains(".csv", StringComparison.Ordinal));
        Assert.DoesNotContain(_host.StandIn.Requests, request => request.Contains("?days=0", StringComparison.Ordinal) || request.Contains("not-a-wave", StringComparison.Ordinal));
        var actions = await AuditEntries.ActionsOfAsync(_host.Console, _host.AdminName);
        Assert.All(actions, action => Assert.StartsWith("staff.", action));
    }

    [Fact]
    public async Task Help_desk_staff_are_refused_the_administrator_pages_and_actions_but_see_the_funnel_and_reminders()
    {
        var (helpDesk, userName) = await _host.SignInAsync(StaffRoles.HelpDesk);
        var token = StaffSession.AntiforgeryToken(await helpDesk.GetStringAsync("/funnel"));

        await Assert.AllAsync(["/roster", "/parked", Wave], async path =>
        {
            using var response = await helpDesk.GetAsync(path);
            Assert.Contains("/denied?", response.Headers.Location?.OriginalString);
        });
        await Assert.AllAsync(["/roster?handler=import", "/parked?handler=redrive", Wave], async path =>
        {
            using var response = await helpDesk.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["service"] = "notification", ["confirm"] = "true", ["reason"] = "試し",
            }));
            Assert.Contains("/denied?", response.Headers.Location?.OriginalString);
        });
        Assert.Equal(HttpStatusCode.Forbidden, (await helpDesk.GetAsync("/denied")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await helpDesk.GetAsync("/funnel")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await helpDesk.GetAsync("/reminders")).StatusCode);
        Assert.DoesNotContain(_host.StandIn.Requests, request => request.StartsWith("POST", StringComparison.Ordinal));
        Assert.All(await AuditEntries.ActionsOfAsync(_host.Console, userName), action => Assert.StartsWith("staff.", action));
    }
}

/// <summary>membership is down (a closed port): every page says so in the staff member's language, with 502 or 503.</summary>
public sealed class OperationPagesServiceDownTests : IAsyncLifetime
{
    private OperationsHost _host = null!;

    public async Task InitializeAsync() => _host = await OperationsHost.StartAsync("membership");

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Each_page_shows_that_the_service_is_not_answering_with_503_or_502()
    {
        var posts = new (string Page, string Action, Dictionary<string, string> Fields)[]
        {
            // The token from the home page: the pages themselves answer 503 here.
            ("/", "/funnel?handler=export", new() { ["coop"] = "東海大学生協", ["reason"] = "依頼" }),
            ("/", $"/reminders/{OperatorApiStandIn.WaveId}/release", new() { ["confirm"] = "true", ["reason"] = "前倒し" }),
        };

        await Assert.AllAsync(["/funnel", "/reminders", $"/reminders/{OperatorApiStandIn.WaveId}"], async path =>
        {
            using var response = await _host.Admin.GetAsync(path);
            await AssertNotAnsweringAsync(response);
        });
        await Assert.AllAsync(posts, async post => await AssertNotAnsweringAsync(await _host.PostAsync(post.Page, post.Action, post.Fields)));
        using var english = new HttpRequestMessage(HttpMethod.Get, "/reminders") { Headers = { { "Accept-Language", "en" } } };
        using var inEnglish = await _host.Admin.SendAsync(english);
        Assert.Contains("The service is not answering", await inEnglish.Content.ReadAsStringAsync());
    }

    private static async Task AssertNotAnsweringAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.ServiceUnavailable or HttpStatusCode.BadGateway, $"{(int)response.StatusCode}: {html[..Math.Min(html.Length, 1500)]}");
        Assert.Contains("サービスが応答していません", html);
        response.Dispose();
    }
}
