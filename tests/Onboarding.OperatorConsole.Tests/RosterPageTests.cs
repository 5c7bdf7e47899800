using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Onboarding.OperatorConsole.Audit;
using Onboarding.OperatorConsole.Tests.Infrastructure;

namespace Onboarding.OperatorConsole.Tests;

/// <summary>
/// The roster upload reaches membership as the multipart file it reads, byte for byte; the report is shown and
/// audited with its counts only; the rejected rows download as CSV for Excel with formulas escaped.
/// </summary>
public sealed class RosterPageTests : IAsyncLifetime
{
    private static readonly byte[] Roster = Encoding.UTF8.GetBytes("組合員番号,姓,名,生年月日,生協\r\nA0000001,山田,花子,2004-04-01,東海大学生協\r\n");
    private OperationsHost _host = null!;

    public async Task InitializeAsync() => _host = await OperationsHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task An_upload_is_forwarded_as_is_its_report_shown_and_audited_with_counts_and_the_rejections_download_escaped()
    {
        using var imported = await UploadAsync(Roster, "名簿 12月.csv", "12月分の名簿");
        var html = await imported.Content.ReadAsStringAsync();

        OperationsHost.AssertStatus(HttpStatusCode.OK, imported, html);
        Assert.Equal("file", _host.StandIn.LastRoster?.Field);
        Assert.Equal(Roster, _host.StandIn.LastRoster?.Bytes);
        Assert.Contains("<dd id=\"report-rows\">4</dd>", html);
        Assert.Contains("<dd id=\"report-inserted\">1</dd>", html);
        Assert.Contains("<dd id=\"report-rejected\">2</dd>", html);
        Assert.Contains("組合員番号：2行目と重複しています", html);

        var entry = Assert.Single(await AuditEntries.OfAsync(_host.Console, _host.AdminName), e => e.Action == AuditActions.RosterImported);
        Assert.Equal("12月分の名簿", entry.Reason);
        var details = JsonDocument.Parse(entry.Details!).RootElement;
        Assert.Equal(4, details.GetProperty("rows").GetInt32());
        Assert.Equal(2, details.GetProperty("rejected").GetInt32());
        Assert.DoesNotContain("A0000001", entry.Details);
        Assert.DoesNotContain("cmd", entry.Details);

        var importId = System.Text.RegularExpressions.Regex.Match(html, "name=\"importId\" value=\"(?<id>[^\"]+)\"").Groups["id"].Value;
        using var download = await _host.PostAsync("/roster", "/roster?handler=rejections", new() { ["importId"] = importId });
        var bytes = await download.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("text/csv", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Contains("\r\n", Encoding.UTF8.GetString(bytes));
        using var text = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        using var parser = CsvReader.Create(text, new CsvReaderOptions { HasHeader = false });
        var rows = new List<string[]>();
        while (parser.Read()) rows.Add([.. Enumerable.Range(0, parser.FieldCount).Select(index => parser.GetString(index))]);
        Assert.Equal(3, rows.Count);
        Assert.Equal("'=cmd|' /C calc'!A0", rows[1][1]);
        Assert.Equal(["5", "", "memberNumber", "duplicate", "2", "組合員番号：2行目と重複しています"], rows[2]);

        // Only whoever ran the import fetches its report.
        var (other, _) = await _host.SignInAsync(Staff.StaffRoles.Administrator);
        using var notTheirs = await StaffSession.PostFormAsync(other, "/roster", "/roster?handler=rejections", new Dictionary<string, string> { ["importId"] = importId });
        Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
    }

    [Fact]
    public async Task An_empty_file_or_no_reason_is_a_400_and_membership_is_not_asked()
    {
        using var empty = await UploadAsync([], "empty.csv", "12月分の名簿");
        using var noReason = await UploadAsync(Roster, "roster.csv", null);

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("id=\"roster-error\"", await empty.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("id=\"reason-error\"", await noReason.Content.ReadAsStringAsync());
        Assert.Null(_host.StandIn.LastRoster);
        Assert.DoesNotContain(AuditActions.RosterImported, await AuditEntries.ActionsOfAsync(_host.Console, _host.AdminName));
    }

    private async Task<HttpResponseMessage> UploadAsync(byte[] file, string fileName, string? reason)
    {
        var token = StaffSession.AntiforgeryToken(await _host.Admin.GetStringAsync("/roster"));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
        };
        if (reason is not null) form.Add(new StringContent(reason), "reason");
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(part, "roster", fileName);
        return await _host.Admin.PostAsync("/roster?handler=import", form);
    }
}
