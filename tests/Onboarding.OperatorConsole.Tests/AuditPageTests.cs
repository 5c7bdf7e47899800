using System.Net;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.OperatorConsole.Audit;
using Onboarding.OperatorConsole.Staff;
using Onboarding.OperatorConsole.Tests.Infrastructure;

namespace Onboarding.OperatorConsole.Tests;

/// <summary>
/// Administrators read the audit log (filtered, paged) and export it as CSV for Excel: UTF-8 with a BOM, quotes,
/// commas and line breaks kept inside their cells, formulas escaped; the export itself is audited.
/// </summary>
public sealed class AuditPageTests : IAsyncLifetime
{
    private const string Tricky = "He said \"hi\", then\nleft; 組合員番号を確認";
    private const string Formula = "=HYPERLINK(\"http://evil.example\",\"click\")";
    private ConsoleFactory _console = null!;
    private HttpClient _admin = null!;
    private string _adminName = "";

    public async Task InitializeAsync()
    {
        _console = await ConsoleFactory.StartAsync();
        (_adminName, var password) = await _console.CreateStaffAsync(StaffRoles.Administrator);
        _admin = _console.NewClient();
        await StaffSession.EnrolAsync(_admin, _adminName, password);
        var audit = _console.Services.GetRequiredService<IAuditLog>();
        await audit.RecordForAsync("helper", null, new AuditRecord(AuditActions.MemberOpened, Formula, Tricky, new { note = "a,b" }));
    }

    public async Task DisposeAsync()
    {
        _admin.Dispose();
        await _console.DisposeAsync();
    }

    [Fact]
    public async Task The_export_is_utf8_with_a_bom_its_cells_survive_and_formulas_are_escaped()
    {
        using var response = await ExportAsync(new() { ["staff"] = "helper" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("audit-log-", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);

        var rows = Parse(bytes);
        Assert.Equal(AuditCsv.Header, rows[0]);
        var row = Assert.Single(rows.Skip(1));
        Assert.Equal(["helper", AuditActions.MemberOpened, "'" + Formula, Tricky], row[2..6]);
        Assert.Equal("a,b", JsonDocument.Parse(row[6]).RootElement.GetProperty("note").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$", row[1]);
    }

    [Fact]
    public async Task The_export_is_audited_with_its_filter_before_the_file_is_made()
    {
        using var response = await ExportAsync(new() { ["action"] = AuditActions.MemberOpened, ["from"] = "2026-01-01" });

        var rows = Parse(await response.Content.ReadAsByteArrayAsync());
        Assert.All(rows.Skip(1), row => Assert.Equal(AuditActions.MemberOpened, row[3]));
        var exported = (await AuditEntries.OfAsync(_console, _adminName)).Last();
        Assert.Equal(AuditActions.AuditExported, exported.Action);
        var filter = JsonDocument.Parse(exported.Details!).RootElement;
        Assert.Equal(AuditActions.MemberOpened, filter.GetProperty("action").GetString());
        Assert.Equal("2026-01-01", filter.GetProperty("from").GetString());
    }

    [Fact]
    public async Task The_page_lists_entries_newest_first_and_filters_by_staff_and_action()
    {
        var all = await _admin.GetStringAsync("/audit");
        var helperOnly = await _admin.GetStringAsync("/audit?staff=helper");
        var signIns = await _admin.GetStringAsync($"/audit?action={AuditActions.SignedIn}");

        // The member entry was written after the administrator signed in.
        Assert.True(all.IndexOf($"data-action=\"{AuditActions.MemberOpened}\"", StringComparison.Ordinal) <
            all.IndexOf($"data-action=\"{AuditActions.SignedIn}\"", StringComparison.Ordinal), "newest first");
        Assert.Contains("=HYPERLINK(&quot;http://evil.example&quot;", helperOnly);
        Assert.DoesNotContain($"data-action=\"{AuditActions.SignedIn}\"", helperOnly);
        Assert.Contains($"data-action=\"{AuditActions.SignedIn}\"", signIns);
        Assert.DoesNotContain($"data-action=\"{AuditActions.MemberOpened}\"", signIns);
    }

    [Fact]
    public async Task A_malformed_filter_is_refused_with_its_field_named_and_exports_nothing()
    {
        string[] queries =
        [
            "from=2026-13-45", "to=yesterday", "from=2026-12-06&to=2026-12-01", "action=staff.deleted-everything",
            "staff=%3Cscript%3E", "staff=" + new string('a', 65),
        ];

        await Assert.AllAsync(queries, async query =>
        {
            using var response = await _admin.GetAsync("/audit?" + query);
            using var export = await ExportAsync(QueryHelpers.ParseQuery(query).ToDictionary(pair => pair.Key, pair => pair.Value.ToString()));

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("aria-invalid=\"true\"", await response.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.BadRequest, export.StatusCode);
        });
        Assert.DoesNotContain(AuditActions.AuditExported, await AuditEntries.ActionsOfAsync(_console, _adminName));
    }

    [Fact]
    public async Task Pages_of_fifty_link_to_each_other()
    {
        var audit = _console.Services.GetRequiredService<IAuditLog>();
        for (var i = 0; i < 60; i++) await audit.RecordForAsync("pager", null, new AuditRecord(AuditActions.MemberOpened, $"member-{i:D4}"));

        var first = await _admin.GetStringAsync("/audit?staff=pager");
        var second = await _admin.GetStringAsync("/audit?staff=pager&pageNumber=2");

        Assert.Contains("href=\"/audit?staff=pager&amp;pageNumber=2\"", first);
        Assert.Contains("member-0059", first);
        Assert.Contains("member-0000", second);
        Assert.DoesNotContain("member-0059", second);
        Assert.Contains("href=\"/audit?staff=pager&amp;pageNumber=1\"", second);
    }

    private async Task<HttpResponseMessage> ExportAsync(Dictionary<string, string> filter) =>
        await StaffSession.PostFormAsync(_admin, "/audit", "/audit?handler=export", filter);

    private static List<string[]> Parse(byte[] csv)
    {
        using var reader = new StreamReader(new MemoryStream(csv), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        using var parser = CsvReader.Create(reader, new CsvReaderOptions { HasHeader = false });
        var rows = new List<string[]>();
        while (parser.Read())
        {
            rows.Add([.. Enumerable.Range(0, parser.FieldCount).Select(index => parser.GetString(index))]);
        }
        return rows;
    }
}
