using Onboarding.Testing.Messaging;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.Membership.Import;

namespace Onboarding.Membership.Tests;

/// <summary>
/// Roster import through the operator endpoint, on real PostgreSQL and RabbitMQ. Each test uses its own range of
/// member numbers (the 4-digit prefix), so tests sharing the class's database do not see each other's rows.
/// </summary>
[Collection(MembershipCollection.Name)]
public sealed class ImportTests(ImportApiFixture fixture) : IClassFixture<ImportApiFixture>
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    [Fact]
    public async Task A_utf8_file_with_a_bom_imports_every_good_row_and_names_every_bad_one()
    {
        var file = ImportRosterFile.Generate("5101", 10_000);
        var report = await fixture.ImportAsync(file.ToBytes(Utf8, bom: true));

        AssertReport(report, file, encoding: "utf-8-bom", inserted: 9_500, updated: 0, unchanged: 0, rejected: 500);
        await AssertStoredAsync(file, "5101");
    }

    [Fact]
    public async Task A_utf8_file_without_a_bom_and_with_lf_line_ends_imports_alike()
    {
        var file = ImportRosterFile.Generate("5102", 10_000, newline: "\n");
        var report = await fixture.ImportAsync(file.ToBytes(Utf8));

        AssertReport(report, file, encoding: "utf-8", inserted: 9_500, updated: 0, unchanged: 0, rejected: 500);
        await AssertStoredAsync(file, "5102");
    }

    [Fact]
    public async Task A_shift_jis_file_with_a_japanese_header_keeps_kanji_names_exactly()
    {
        var file = ImportRosterFile.Generate("5103", 10_000, japaneseHeader: true);
        var bytes = file.ToBytes(ImportRosterFile.ShiftJis);
        Assert.False(System.Text.Unicode.Utf8.IsValid(bytes)); // really not UTF-8

        var report = await fixture.ImportAsync(bytes);

        AssertReport(report, file, encoding: "shift_jis", inserted: 9_500, updated: 0, unchanged: 0, rejected: 500);
        await AssertStoredAsync(file, "5103");
        // 髙 and 﨑 exist only in Windows' Shift_JIS (code page 932); NFKC would have turned 﨑 into 崎.
        var names = await fixture.Membership.WithDbAsync(db => db.Members
            .Where(m => m.MemberNumber == "510300000003" || m.MemberNumber == "510300000004")
            .OrderBy(m => m.MemberNumber).Select(m => m.FamilyName).ToListAsync());
        Assert.Equal(new[] { "髙橋", "山﨑" }, names);
    }

    [Fact]
    public async Task Importing_the_same_file_again_changes_nothing()
    {
        var file = ImportRosterFile.Generate("5104", 10_000).ToBytes(Utf8, bom: true);
        await fixture.ImportAsync(file);
        var before = await fixture.Membership.WithDbAsync(db => db.Members.Where(m => m.MemberNumber.StartsWith("5104"))
            .ToDictionaryAsync(m => m.MemberNumber, m => m.UpdatedAt));
        fixture.Membership.Clock.Advance(TimeSpan.FromHours(1));

        var again = await fixture.ImportAsync(file);

        Assert.Equal(0, again.GetProperty("inserted").GetInt32());
        Assert.Equal(0, again.GetProperty("updated").GetInt32());
        Assert.Equal(9_500, again.GetProperty("unchanged").GetInt32());
        Assert.Equal(500, again.GetProperty("rejected").GetInt32());
        var after = await fixture.Membership.WithDbAsync(db => db.Members.Where(m => m.MemberNumber.StartsWith("5104"))
            .ToDictionaryAsync(m => m.MemberNumber, m => m.UpdatedAt));
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Changed_rows_are_updated_and_a_confirmed_email_is_never_overwritten()
    {
        var original = ImportRosterFile.Generate("5105", 10_000);
        await fixture.ImportAsync(original.ToBytes(Utf8));
        // One member confirmed an address in STEP 1; another never did.
        const string confirmed = "510500000000", unconfirmed = "510500000010", emptyEmailCell = "510500000016";
        await fixture.Membership.WithDbAsync(db => db.Members.Where(m => m.MemberNumber == confirmed).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.RegisteredEmail, "proved@example.jp").SetProperty(m => m.EmailConfirmedAt, fixture.Membership.Clock.GetUtcNow())));
        await fixture.Membership.WithDbAsync(db => db.Members.Where(m => m.MemberNumber == emptyEmailCell).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.RegisteredEmail, "kept@example.jp")));

        // Every 100th row gets a new given name; the confirmed and unconfirmed members get a new e-mail only.
        var changedNames = ImportRosterFile.Generate("5105", 10_000, givenNameOf: i => i % 100 == 50 ? "改名" : null!);
        var text = changedNames.Text
            .Replace($"m{confirmed}@example.ac.jp", "roster@example.jp")
            .Replace($"m{unconfirmed}@example.ac.jp", "new-address@example.jp");
        var report = await fixture.ImportAsync(Utf8.GetBytes(text));

        var renamed = Enumerable.Range(0, 10_000).Count(i => i % 100 == 50 && i % 20 != 7);
        Assert.Equal(0, report.GetProperty("inserted").GetInt32());
        Assert.Equal(renamed + 1, report.GetProperty("updated").GetInt32()); // + the unconfirmed member's address
        Assert.Equal(9_500 - renamed - 1, report.GetProperty("unchanged").GetInt32());
        var members = await fixture.Membership.WithDbAsync(db => db.Members
            .Where(m => m.MemberNumber == confirmed || m.MemberNumber == unconfirmed || m.MemberNumber == emptyEmailCell || m.MemberNumber == "510500000050")
            .ToDictionaryAsync(m => m.MemberNumber));
        Assert.Equal("proved@example.jp", members[confirmed].RegisteredEmail);
        Assert.NotNull(members[confirmed].EmailConfirmedAt);
        Assert.Equal("new-address@example.jp", members[unconfirmed].RegisteredEmail);
        Assert.Equal("kept@example.jp", members[emptyEmailCell].RegisteredEmail); // an empty cell does not erase
        Assert.Equal("改名", members["510500000050"].GivenName);
        Assert.Equal(fixture.Membership.Clock.GetUtcNow(), members["510500000050"].UpdatedAt);
    }

    [Fact]
    public async Task The_import_is_published_as_MemberRosterImported_with_its_counts()
    {
        await using var events = await EventTap.StartAsync(
            fixture.Membership.Infrastructure.Broker.ConnectionString, "Onboarding.Contracts.Events:MemberRosterImported");
        var report = await fixture.ImportAsync(ImportRosterFile.Generate("5106", 200).ToBytes(Utf8));
        var importId = report.GetProperty("importId").GetString();

        var published = await events.WaitForAsync(e => e.GetProperty("importId").GetString() == importId);
        Assert.Equal(190, published.GetProperty("inserted").GetInt32());
        Assert.Equal(0, published.GetProperty("updated").GetInt32());
        Assert.Equal(10, published.GetProperty("rejected").GetInt32());
    }

    [Fact]
    public async Task Without_the_operator_credential_nothing_is_imported()
    {
        string?[] rows =
        [
            null,
            "wrong-key",
        ];

        await Assert.AllAsync(rows, async operatorKey =>
        {
            var response = await fixture.PostAsync(ImportRosterFile.Generate("5110", 10).ToBytes(Utf8), operatorKey: operatorKey);

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("operator_credential_required", (await ApiClient.JsonAsync(response)).GetProperty("code").GetString());
            Assert.Equal(0, await fixture.Membership.WithDbAsync(db => db.Members.CountAsync(m => m.MemberNumber.StartsWith("5110"))));
        });
    }

    [Fact]
    public async Task An_unusable_file_gets_a_localised_problem_and_changes_nothing()
    {
        (string content, string contentType, int status, string code)[] rows =
        [
            ("", "text/csv", 400, "roster_file_empty"),
            ("\uFEFF", "text/csv", 400, "roster_file_empty"),
            (ImportRosterFile.EnglishHeader + "\r\n\r\n", "text/csv", 400, "roster_file_empty"),
            ("511100000001,2004-04-01,岡田,太郎,,,東海大学生協,\r\n", "text/csv", 400, "roster_header_unrecognised"),
            ("PK\u0003\u0004 not a csv", "application/octet-stream", 400, "roster_header_unrecognised"),
            (ImportRosterFile.EnglishHeader, "application/json", 415, "roster_file_unsupported"),
            (ImportRosterFile.EnglishHeader, "application/x-www-form-urlencoded", 415, "roster_file_unsupported"),
        ];

        await Assert.AllAsync(rows, async row =>
        {
            var (content, contentType, status, code) = row;
            var ja = await fixture.PostAsync(Utf8.GetBytes(content), contentType, language: "ja");
            var en = await fixture.PostAsync(Utf8.GetBytes(content), contentType, language: "en");
            var jaProblem = await ApiClient.JsonAsync(ja);
            var enProblem = await ApiClient.JsonAsync(en);

            Assert.Equal(status, (int)ja.StatusCode);
            Assert.Equal("application/problem+json", ja.Content.Headers.ContentType?.MediaType);
            Assert.Equal(code, jaProblem.GetProperty("code").GetString());
            Assert.Equal(code, enProblem.GetProperty("code").GetString());
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}|\p{IsHiragana}|\p{IsKatakana}", jaProblem.GetProperty("title").GetString()!);
            Assert.Matches("^[ -~]+$", enProblem.GetProperty("title").GetString()!);
            Assert.NotEmpty(enProblem.GetProperty("detail").GetString()!);
            Assert.Equal(0, await fixture.Membership.WithDbAsync(db => db.Members.CountAsync(m => m.MemberNumber.StartsWith("5111"))));
        });
    }

    [Fact]
    public async Task A_header_without_required_columns_names_them()
    {
        var problem = await ApiClient.JsonAsync(await fixture.PostAsync(Utf8.GetBytes("組合員番号,姓,名\n511200000001,岡田,太郎\n")));

        Assert.Equal(new[] { "birthDate", "coop" }, problem.GetProperty("missingColumns").EnumerateArray().Select(c => c.GetString()!));
    }

    [Fact]
    public async Task A_multipart_form_file_is_imported_and_rejections_are_explained_in_the_callers_language()
    {
        var file = ImportRosterFile.Generate("5107", 100);
        using var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(file.ToBytes(Utf8, bom: true));
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(part, "file", "roster.csv");

        var response = await fixture.SendAsync(form, language: "en");
        var report = await ApiClient.JsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertReport(report, file, encoding: "utf-8-bom", inserted: 95, updated: 0, unchanged: 0, rejected: 5);
        var messages = report.GetProperty("rejections").EnumerateArray().Select(r => r.GetProperty("message").GetString()).ToList();
        Assert.Equal("Member number is not 12 digits.", messages[0]);
        Assert.Equal("Birth date is in the future.", messages[4]);
    }

    [Fact]
    public async Task Rejections_are_listed_up_to_a_thousand_and_counted_in_full()
    {
        var report = await fixture.ImportAsync(ImportRosterFile.AllBad("5108", 1_200).ToBytes(Utf8));

        Assert.Equal(1_200, report.GetProperty("rejected").GetInt32());
        Assert.Equal(1_000, report.GetProperty("rejections").GetArrayLength());
        Assert.True(report.GetProperty("rejectionsTruncated").GetBoolean());
        Assert.Equal(0, report.GetProperty("inserted").GetInt32());
    }

    [Fact]
    public async Task Bytes_shift_jis_cannot_decode_reject_their_row_only()
    {
        var sjis = ImportRosterFile.ShiftJis;
        byte[] file =
        [
            .. sjis.GetBytes(ImportRosterFile.JapaneseHeader + "\r\n"),
            .. sjis.GetBytes("511300000001,2004-04-01,岡田,"), 0x85, 0x40, .. sjis.GetBytes(",オカダ,タロウ,東海大学生協,\r\n"),
            .. sjis.GetBytes("511300000002,2004-04-02,佐藤,花子,サトウ,ハナコ,東海大学生協,\r\n"),
        ];
        var report = await fixture.ImportAsync(file);

        Assert.Equal("shift_jis", report.GetProperty("encoding").GetString());
        Assert.Equal(1, report.GetProperty("inserted").GetInt32());
        var rejection = Assert.Single(report.GetProperty("rejections").EnumerateArray());
        Assert.Equal(2, rejection.GetProperty("line").GetInt32());
        Assert.Equal("givenName", rejection.GetProperty("field").GetString());
        Assert.Equal("unreadable_characters", rejection.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task The_dashboard_client_imports_a_file_by_its_path()
    {
        var path = Path.Combine(Path.GetTempPath(), $"roster-{Guid.NewGuid():N}.csv");
        await File.WriteAllBytesAsync(path, ImportRosterFile.Generate("5109", 40).ToBytes(Utf8, bom: true));
        try
        {
            var client = new RosterImportClient(fixture.Service.CreateClient(), ImportApiFixture.OperatorKey);
            var outcome = await client.ImportFileAsync(path);
            var refused = await new RosterImportClient(fixture.Service.CreateClient(), "wrong").ImportFileAsync(path, "en");

            Assert.True(outcome.Succeeded, outcome.Body);
            Assert.Matches("^Import [0-9a-f-]{36}: 40 rows, 38 inserted, 0 updated, 0 unchanged, 2 rejected$", outcome.Summary);
            Assert.False(refused.Succeeded);
            Assert.Equal(401, refused.StatusCode);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_endpoint_takes_files_beyond_the_servers_default_body_limits()
    {
        var endpoint = fixture.Service.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Single(e => e.RoutePattern.RawText == ImportApiFixture.ImportPath);

        // Kestrel's default is 30 MB and multipart forms stop at 128 MB; a national roster is larger.
        Assert.Equal(RosterUpload.MaxBytes, endpoint.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize);
        Assert.Equal(RosterUpload.MaxBytes, endpoint.Metadata.GetMetadata<IFormOptionsMetadata>()?.MultipartBodyLengthLimit);
    }

    [Fact]
    public async Task Imported_rows_are_counted_for_the_dashboard_by_outcome()
    {
        var meters = fixture.Service.Services.GetRequiredService<IMeterFactory>();
        var counted = new Dictionary<string, long>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Scope == meters && instrument.Name == RosterImportMetrics.RowsInstrument) l.EnableMeasurementEvents(instrument);
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            var outcome = (string)tags.ToArray().Single(t => t.Key == "outcome").Value!;
            lock (counted) counted[outcome] = counted.GetValueOrDefault(outcome) + value;
        });
        listener.Start();

        await fixture.ImportAsync(ImportRosterFile.Generate("5114", 60).ToBytes(Utf8));

        lock (counted)
        {
            Assert.Equal(57, counted["inserted"]);
            Assert.Equal(3, counted["rejected"]);
        }
    }

    /// <summary>The counts, and every rejection exactly (line, number, field, reason, duplicate's line).</summary>
    private static void AssertReport(JsonElement report, ImportRosterFile file, string encoding, int inserted, int updated, int unchanged, int rejected)
    {
        Assert.Equal(encoding, report.GetProperty("encoding").GetString());
        Assert.Equal(file.Rows, report.GetProperty("rows").GetInt32());
        Assert.Equal(inserted, report.GetProperty("inserted").GetInt32());
        Assert.Equal(updated, report.GetProperty("updated").GetInt32());
        Assert.Equal(unchanged, report.GetProperty("unchanged").GetInt32());
        Assert.Equal(rejected, report.GetProperty("rejected").GetInt32());
        Assert.Equal(file.Rejections.Count, rejected);
        Assert.False(report.GetProperty("rejectionsTruncated").GetBoolean());

        var actual = report.GetProperty("rejections").EnumerateArray().Select(r => new ImportRosterFile.Rejection(
            r.GetProperty("line").GetInt32(),
            r.GetProperty("memberNumber").GetString(),
            r.GetProperty("field").GetString()!,
            r.GetProperty("reason").GetString()!,
            r.GetProperty("duplicateOfLine").ValueKind == JsonValueKind.Null ? null : r.GetProperty("duplicateOfLine").GetInt32())).ToList();
        Assert.Equal(file.Rejections, actual);
        Assert.All(report.GetProperty("rejections").EnumerateArray(), r => Assert.NotEmpty(r.GetProperty("message").GetString()!));
        // Every kind of bad row is in the file (when it is long enough to hold them all).
        if (file.Rows >= 20 * ImportRosterFile.BadKinds.Count)
        {
            Assert.Equal(ImportRosterFile.BadKinds.Select(k => (k.Field, k.Reason)).Distinct().Order(),
                actual.Select(r => (r.Field, r.Reason)).Distinct().Order());
        }
    }

    /// <summary>Every valid row is on file exactly as normalised, and nothing else with the prefix.</summary>
    private async Task AssertStoredAsync(ImportRosterFile file, string prefix)
    {
        var stored = await fixture.Membership.WithDbAsync(db => db.Members.Where(m => m.MemberNumber.StartsWith(prefix)).ToListAsync());
        Assert.Equal(file.Members.Count, stored.Count);
        foreach (var member in stored)
        {
            var expected = file.Members[member.MemberNumber];
            Assert.Equal(expected, new ImportRosterFile.ExpectedMember(member.MemberNumber, member.BirthDate, member.FamilyName,
                member.GivenName, member.FamilyNameKana, member.GivenNameKana, member.Coop, member.RegisteredEmail));
            Assert.Null(member.EmailConfirmedAt);
            Assert.Equal(7, member.Id.Version);
            Assert.Equal(fixture.Membership.Clock.GetUtcNow(), member.CreatedAt);
        }
    }
}
