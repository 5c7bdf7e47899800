using System.Diagnostics.Metrics;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.Membership.Application;

namespace Onboarding.Membership.Tests;

/// <summary>
/// The operators' funnel: members of a co-op imported from a roster and brought to each stage through the real API
/// (STEP 1) or membership's own progress records (STEPs 2–3, whose consumers are tested elsewhere), then counted.
/// </summary>
[Collection(MembershipCollection.Name)]
public sealed class FunnelTests(ImportApiFixture fixture) : IClassFixture<ImportApiFixture>
{
    private const string OtherCoop = "別の大学生協";

    private readonly MemberStages _stages = new(fixture);

    /// <summary>Each test's own members and co-op (the class shares one database).</summary>
    private int _series;

    private MembershipApiFactory Membership => fixture.Membership;

    private string Coop => $"ファネル{_series}大学生協";

    [Fact]
    public async Task Members_are_counted_at_their_stage_per_coop_day_by_day_and_on_the_gauge()
    {
        _series = 1;
        await ImportAsync(7);
        await _stages.IdentifyAsync(Number(2));                               // step1: identified, nothing confirmed
        await _stages.ConfirmAsync(Number(3));                                // step2
        await _stages.RecordAsync(Number(4), portal: true, wallet: false);   // step3
        await _stages.CompleteAsync(Number(5));                               // completed
        await _stages.RecordAsync(Number(6), portal: true, wallet: true, unlinkAfter: true); // completed for good, though unlinked
        // Number(1) and Number(7) never started; Number(7) belongs to another co-op.

        await ReadAsync();
        var funnel = await GetFunnelAsync($"?coop={Uri.EscapeDataString(Coop)}&days=7");
        var coop = Assert.Single(funnel.GetProperty("coops").EnumerateArray());
        Assert.Equal(Coop, coop.GetProperty("coop").GetString());
        Assert.Equal(Counts(notStarted: 1, step1: 1, step2: 1, step3: 1, completed: 2), Members(coop));
        Assert.Equal(6, coop.GetProperty("total").GetInt32());

        using var gauge = GaugeReadings();
        Assert.Equal(2, gauge.Read(Coop, "completed"));
        Assert.True(gauge.Read(OtherCoop, "not_started") >= 1);

        // The next day (Japan time) the member who had not started looks their number up: a second day in the trend.
        Membership.Clock.Advance(TimeSpan.FromDays(1));
        await _stages.IdentifyAsync(Number(1));
        await ReadAsync();
        var trend = (await GetFunnelAsync($"?coop={Uri.EscapeDataString(Coop)}&days=2")).GetProperty("trend").EnumerateArray().ToList();
        Assert.Equal(2, trend.Count);
        Assert.Equal(Counts(notStarted: 1, step1: 1, step2: 1, step3: 1, completed: 2), Members(trend[0]));
        Assert.Equal(Counts(notStarted: 0, step1: 2, step2: 1, step3: 1, completed: 2), Members(trend[1]));
        Assert.Equal(FunnelReader.DayOf(Membership.Clock.GetUtcNow()), DateOnly.Parse(trend[1].GetProperty("day").GetString()!));
    }

    [Fact]
    public async Task The_members_not_yet_done_download_as_csv_for_excel_in_the_operators_language()
    {
        _series = 2;
        await ImportAsync(7, firstFamilyName: "=HYPERLINK(\"http://evil.example\")");
        await _stages.ConfirmAsync(Number(3));
        await _stages.CompleteAsync(Number(5));

        var (bytes, response) = await DownloadAsync($"?coop={Uri.EscapeDataString(Coop)}", "ja");
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("attachment", response.Content.Headers.ContentDisposition!.ToString());
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("組合員番号,姓,名,姓（カナ）,名（カナ）,生協,次に行うこと,メールアドレス", lines[0]);
        // Everyone of the co-op but the completed member, by member number; a formula in a name is defused.
        Assert.Equal([Number(1), Number(2), Number(3), Number(4), Number(6)], lines[1..].Select(line => line[..12]));
        Assert.Contains("'=HYPERLINK(\"\"http://evil.example\"\")", lines[1]);
        Assert.Contains(",STEP 2 マイポータルへの登録,", lines[3]);

        var (english, _) = await DownloadAsync($"?coop={Uri.EscapeDataString(Coop)}&stage=completed", "en");
        var englishLines = Encoding.UTF8.GetString(english, 3, english.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Member number,Family name,Given name", englishLines[0]);
        Assert.Equal([Number(5)], englishLines[1..].Select(line => line[..12]));
        Assert.Contains(",Completed,", englishLines[1]);
    }

    [Fact]
    public async Task Bad_parameters_are_refused_naming_the_field_and_operators_only()
    {
        (string Path, string Field, string Code)[] rows =
        [
            ("/funnel?days=0", "days", "days.range"),
            ("/funnel?days=367", "days", "days.range"),
            ("/funnel?days=abc", "days", "days.range"),
            ("/funnel?days=-1", "days", "days.range"),
            ($"/funnel?coop={new string('生', 201)}", "coop", "coop.tooLong"),
            ("/funnel/members.csv?stage=step9", "stage", "stage.invalid"),
            ("/funnel/members.csv?stage=", "stage", "stage.invalid"),
        ];
        await Assert.AllAsync(rows, async row =>
        {
            var response = await SendAsync(row.Path);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal(row.Code, (await ApiClient.JsonAsync(response)).GetProperty("errorCodes").GetProperty(row.Field).GetString());
        });

        foreach (var path in new[] { "/funnel", "/funnel/members.csv" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(path, operatorKey: null)).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(path, operatorKey: "wrong-key-0123456789abcdefghij")).StatusCode);
        }
    }

    private string Number(int index) => $"7788{_series}00000{index:00}";

    private Task ImportAsync(int members, string? firstFamilyName = null) =>
        _stages.ImportAsync(Enumerable.Range(1, members).Select(i => new MemberStages.RosterMember(
            Number(i), i == 7 ? OtherCoop : Coop, $"funnel{_series}-{i}@example.ac.jp", i == 1 && firstFamilyName is not null ? firstFamilyName : "試験")));

    private async Task ReadAsync()
    {
        await using var scope = Membership.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<FunnelReader>().ReadAsync(CancellationToken.None);
    }

    private async Task<JsonElement> GetFunnelAsync(string query)
    {
        var response = await SendAsync("/funnel" + query);
        var body = await ApiClient.JsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        return body;
    }

    private async Task<(byte[] Bytes, HttpResponseMessage Response)> DownloadAsync(string query, string language)
    {
        var response = await SendAsync("/funnel/members.csv" + query, language: language);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsByteArrayAsync(), response);
    }

    private async Task<HttpResponseMessage> SendAsync(string path, string? operatorKey = ImportApiFixture.OperatorKey, string language = "ja")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/membership/operator" + path);
        if (operatorKey is not null) request.Headers.Add("X-Operator-Key", operatorKey);
        request.Headers.AcceptLanguage.ParseAdd(language);
        return await fixture.Service.CreateClient().SendAsync(request);
    }

    private static Dictionary<string, int> Counts(int notStarted, int step1, int step2, int step3, int completed) => new()
    {
        ["not_started"] = notStarted, ["step1"] = step1, ["step2"] = step2, ["step3"] = step3, ["completed"] = completed,
    };

    private static Dictionary<string, int> Members(JsonElement entry) =>
        entry.GetProperty("members").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());

    private GaugeListener GaugeReadings() => new(Membership.Services.GetRequiredService<IMeterFactory>());

    /// <summary>Reads <c>onboarding.funnel.members</c> of this service's meter on demand.</summary>
    private sealed class GaugeListener : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly List<(string Coop, string Stage, int Value)> _seen = [];

        public GaugeListener(IMeterFactory meters)
        {
            var meter = meters.Create(MembershipMetrics.MeterName);
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter == meter && instrument.Name == "onboarding.funnel.members") listener.EnableMeasurementEvents(instrument);
            };
            _listener.SetMeasurementEventCallback<int>((_, value, tags, _) =>
            {
                var coop = tags.ToArray().Single(t => t.Key == "coop").Value as string;
                var stage = tags.ToArray().Single(t => t.Key == "stage").Value as string;
                _seen.Add((coop!, stage!, value));
            });
            _listener.Start();
        }

        public int Read(string coop, string stage)
        {
            _seen.Clear();
            _listener.RecordObservableInstruments();
            return _seen.Single(s => s.Coop == coop && s.Stage == stage).Value;
        }

        public void Dispose() => _listener.Dispose();
    }
}
