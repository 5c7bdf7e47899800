using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.Contracts.Events;
using Onboarding.Membership.Application;
using Onboarding.Membership.Domain;
using Onboarding.Testing;
using Onboarding.Testing.Messaging;

namespace Onboarding.Membership.Tests;

/// <summary>
/// Deadline reminder waves on real PostgreSQL and RabbitMQ. The fake clock stands at 2026-11-24 12:00 in Japan. Each
/// test has its own co-op and cut-over date (2026-12-0n), and so its own waves: the one (6+n) days before (due on
/// 2026-11-24 at 10:00) and the one 2 days before (not due).
/// </summary>
[Collection(MembershipCollection.Name)]
public sealed class ReminderTests(ImportApiFixture fixture) : IClassFixture<ImportApiFixture>
{

    private readonly MemberStages _stages = new(fixture);
    private int _series;

    private MembershipApiFactory Membership => fixture.Membership;

    private string Coop => $"リマインド{_series}大学生協";

    private DateOnly Cutover => new(2026, 12, _series);

    private string DueWave => ReminderWave.IdOf(Cutover, 6 + _series);

    private string LaterWave => ReminderWave.IdOf(Cutover, 2);

    [Fact]
    public async Task A_due_wave_mails_each_member_not_yet_done_once_naming_the_next_step_and_skips_whoever_finishes_meanwhile()
    {
        _series = 1;
        await using var reminders = Reminders(perSecond: 3, enabled: false);
        await PrepareMembersAsync();
        await using (var scope = reminders.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ReminderSender>().PlanAsync(CancellationToken.None);
        }

        Assert.True(await SendBatchAsync(reminders));
        Assert.Equal(3, await DeliveredAsync(DueWave));
        // The throttle: no second batch within the same second, from this instance or any other.
        Assert.False(await SendBatchAsync(reminders));

        // One of ours not yet reached finishes all three steps meanwhile: the wave skips them.
        var finisher = await Membership.WithDbAsync(db => db.Members
            .Where(m => m.Coop == Coop && m.RegisteredEmail != null && m.MemberNumber != Number(5)
                && !db.ReminderDeliveries.Any(d => d.WaveId == DueWave && d.MemberId == m.Id))
            .OrderByDescending(m => m.Id).Select(m => m.MemberNumber).FirstAsync());
        await _stages.CompleteAsync(finisher);

        var batches = 1;
        while (true)
        {
            Membership.Clock.Advance(ReminderSender.BatchPeriod);
            await SendBatchAsync(reminders);
            if (await WaveAsync(DueWave) is { CompletedAt: not null }) break;
            Assert.True(++batches < 50, "The wave never finished.");
        }

        var deliveries = await Membership.WithDbAsync(db => db.ReminderDeliveries.Where(d => d.WaveId == DueWave)
            .Join(db.Members, d => d.MemberId, m => m.Id, (d, m) => new { m.MemberNumber, m.Coop, d.Stage }).ToListAsync());
        var ours = deliveries.Where(d => d.Coop == Coop).ToDictionary(d => d.MemberNumber, d => d.Stage);
        // Everyone of ours not done and with an address: not the completed one, not the one without an address, not
        // the one who finished meanwhile.
        var expected = new[] { 1, 2, 3, 4, 6, 7 }.Select(Number).Where(n => n != finisher).ToList();
        Assert.Equal(expected.Order(), ours.Keys.Order());
        Assert.Equal((await WaveAsync(DueWave))!.Sent, deliveries.Count);
        Assert.Equal(0, await DeliveredAsync(LaterWave));

        // The mails name each member's next step, with its page.
        foreach (var (number, nextStep) in new[] { (Number(2), "step1"), (Number(3), "step2"), (Number(4), "step3") }.Where(n => n.Item1 != finisher))
        {
            var mail = await _stages.Notifications.WaitForAsync(m => IsReminder(m, DueWave) && m.GetProperty("to").GetString() == Email(number));
            Assert.Equal(nextStep, mail.GetProperty("nextStep").GetString());
            Assert.Equal($"{MembershipApiFactory.PublicBaseUrl}/{nextStep}", mail.GetProperty("stepPageUrl").GetString());
            Assert.Equal(Cutover.AddDays(-1).ToString("yyyy-MM-dd"), mail.GetProperty("lastDay").GetString());
        }
    }

    [Fact]
    public async Task Two_instances_and_a_restart_send_a_wave_once_at_the_throttled_rate()
    {
        _series = 2;
        await PrepareMembersAsync();
        var pending = await Membership.WithDbAsync(db => db.Database.SqlQuery<int>($"""
            SELECT count(*)::int AS "Value" FROM member_funnel_stages s JOIN members m ON m.id = s.member_id
            WHERE s.stage <> 'completed' AND m.registered_email IS NOT NULL
            """).SingleAsync());
        var first = Reminders(perSecond: 2, enabled: true);
        await using var second = Reminders(perSecond: 2, enabled: true);
        _ = first.Services;
        _ = second.Services;

        var seconds = 0;
        while (await DeliveredAsync(DueWave) < pending)
        {
            var before = await DeliveredAsync(DueWave);
            await Task.Delay(200);
            // At most one batch (2 mails) per second, both instances together.
            Assert.InRange(await DeliveredAsync(DueWave) - before, 0, 2);
            if (seconds == 3) await first.DisposeAsync(); // a restart mid-wave: the other carries on
            Membership.Clock.Advance(ReminderSender.BatchPeriod);
            Assert.True(++seconds < 200, "The wave never finished.");
        }

        await using var restarted = Reminders(perSecond: 2, enabled: true);
        _ = restarted.Services;
        for (var tries = 0; (await WaveAsync(DueWave))?.CompletedAt is null; tries++)
        {
            Assert.True(tries < 100, "The wave was never marked done.");
            await Task.Delay(100);
            Membership.Clock.Advance(ReminderSender.BatchPeriod);
        }
        Assert.Equal(pending, await DeliveredAsync(DueWave));
        Assert.Equal(pending, (await WaveAsync(DueWave))!.Sent);
        // And on the queue, exactly one reminder per member of ours.
        foreach (var number in new[] { 1, 2, 3, 4, 6, 7 }.Select(Number))
        {
            await _stages.Notifications.WaitForAsync(m => IsReminder(m, DueWave) && m.GetProperty("to").GetString() == Email(number));
        }
        Assert.All(_stages.Notifications.Seen.Where(m => IsReminder(m, DueWave)).GroupBy(m => m.GetProperty("memberId").GetGuid()),
            group => Assert.Single(group));
    }

    [Fact]
    public async Task Each_member_mailed_is_announced_once_as_MemberReminded_with_the_mail_and_no_one_else_is()
    {
        _series = 4;
        await using var events = await EventTap.StartAsync(Membership.Infrastructure.Broker.ConnectionString, EventTap.ExchangeOf(nameof(MemberReminded)));
        await using var reminders = Reminders(perSecond: 3, enabled: false);
        await PrepareMembersAsync();
        await using (var scope = reminders.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ReminderSender>().PlanAsync(CancellationToken.None);
        }
        for (var batches = 0; await WaveAsync(DueWave) is not { CompletedAt: not null }; batches++)
        {
            Assert.True(batches < 50, "The wave never finished.");
            await SendBatchAsync(reminders);
            // A second try within the same second sends nothing: no second event either.
            await SendBatchAsync(reminders);
            Membership.Clock.Advance(ReminderSender.BatchPeriod);
        }
        var members = await Membership.WithDbAsync(db => db.Members.Where(m => m.Coop == Coop)
            .ToDictionaryAsync(m => m.MemberNumber, m => m.Id));

        // Each one mailed: the event names the wave, the step, its page and the last day as the mail does, and no address.
        foreach (var (index, nextStep) in new[] { (1, "step1"), (2, "step1"), (3, "step2"), (4, "step3"), (6, "step1"), (7, "step1") })
        {
            var memberId = members[Number(index)];
            var reminded = await events.WaitForAsync(m => IsReminder(m, DueWave) && m.GetProperty("memberId").GetGuid() == memberId);
            var mail = await _stages.Notifications.WaitForAsync(m => IsReminder(m, DueWave) && m.GetProperty("memberId").GetGuid() == memberId);
            Assert.Equal(nextStep, reminded.GetProperty("nextStep").GetString());
            foreach (var field in new[] { "nextStep", "stepPageUrl", "lastDay" })
            {
                Assert.Equal(mail.GetProperty(field).GetString(), reminded.GetProperty(field).GetString());
            }
            Assert.DoesNotContain(Email(Number(index)), reminded.GetRawText());
        }
        // Once each, and none for the member who completed nor for the one without an address.
        var total = await events.CountAsync(m => IsReminder(m, DueWave), TimeSpan.FromSeconds(2));
        var counts = new Dictionary<int, int>();
        foreach (var index in Enumerable.Range(1, 8))
        {
            counts[index] = await events.CountAsync(m => IsReminder(m, DueWave) && m.GetProperty("memberId").GetGuid() == members[Number(index)], TimeSpan.Zero);
        }
        Assert.Equal(new Dictionary<int, int> { [1] = 1, [2] = 1, [3] = 1, [4] = 1, [5] = 0, [6] = 1, [7] = 1, [8] = 0 }, counts);
        Assert.Equal(await DeliveredAsync(DueWave), total);
    }

    [Fact]
    public async Task Operators_preview_a_wave_per_coop_and_step_and_may_release_one_early()
    {
        _series = 3;
        await using var reminders = Reminders(perSecond: 5, enabled: false);
        await PrepareMembersAsync();
        await using (var scope = reminders.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ReminderSender>().PlanAsync(CancellationToken.None);
        }

        var waves = await GetJsonAsync(reminders, "/reminder-waves");
        Assert.Equal([DueWave, LaterWave], waves.EnumerateArray().Select(w => w.GetProperty("id").GetString()).Where(id => id!.StartsWith($"{Cutover:yyyy-MM-dd}-")));

        var wave = await GetJsonAsync(reminders, $"/reminder-waves/{LaterWave}");
        var ours = wave.GetProperty("preview").EnumerateArray().Single(p => p.GetProperty("coop").GetString() == Coop);
        // Not started and STEP 1 both need STEP 1 next; the completed member and the one without an address are out.
        Assert.Equal(4, ours.GetProperty("members").GetProperty("step1").GetInt32());
        Assert.Equal(1, ours.GetProperty("members").GetProperty("step2").GetInt32());
        Assert.Equal(1, ours.GetProperty("members").GetProperty("step3").GetInt32());

        var released = await SendAsync(reminders, HttpMethod.Post, $"/reminder-waves/{LaterWave}/release");
        Assert.Equal(HttpStatusCode.OK, released.StatusCode);
        Assert.Equal(Membership.Clock.GetUtcNow(), (await ApiClient.JsonAsync(released)).GetProperty("releasedAt").GetDateTimeOffset());
        Assert.True((await WaveAsync(LaterWave))!.IsDue(Membership.Clock.GetUtcNow()));
        await ProblemAsync(await SendAsync(reminders, HttpMethod.Post, $"/reminder-waves/{LaterWave}/release"), HttpStatusCode.Conflict, "wave_already_released");
        await ProblemAsync(await SendAsync(reminders, HttpMethod.Post, "/reminder-waves/no-such-wave/release"), HttpStatusCode.NotFound, "wave_not_found");
        await ProblemAsync(await SendAsync(reminders, HttpMethod.Get, $"/reminder-waves/{new string('9', 300)}"), HttpStatusCode.NotFound, "wave_not_found");
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(reminders, HttpMethod.Post, $"/reminder-waves/{DueWave}/release", operatorKey: null)).StatusCode);
        Assert.Null((await WaveAsync(DueWave))!.ReleasedAt);
    }

    /// <summary>
    /// Eight members of the test's co-op: 1, 6 and 7 not started, 2 identified (at STEP 1), 3 at STEP 2, 4 at STEP 3,
    /// 5 completed, 8 not started and without an address on file.
    /// </summary>
    private async Task PrepareMembersAsync()
    {
        await _stages.ImportAsync(Enumerable.Range(1, 8).Select(i => new MemberStages.RosterMember(Number(i), Coop, i == 8 ? null : Email(Number(i)))));
        await _stages.IdentifyAsync(Number(2));
        await _stages.ConfirmAsync(Number(3));
        await _stages.RecordAsync(Number(4), portal: true, wallet: false);
        await _stages.CompleteAsync(Number(5));
    }

    private string Number(int index) => $"6655{_series}00000{index:00}";

    private static string Email(string memberNumber) => $"remind{memberNumber}@example.ac.jp";

    private static bool IsReminder(JsonElement message, string waveId) =>
        message.TryGetProperty("waveId", out var wave) && wave.GetString() == waveId;

    /// <summary>The service on the fixture's database and clock, with the reminder settings of these tests.</summary>
    private WebApplicationFactory<Program> Reminders(int perSecond, bool enabled) => Membership.WithWebHostBuilder(web =>
    {
        web.UseSetting("Operator:ApiKey", ImportApiFixture.OperatorKey);
        web.UseSetting("Membership:Reminders:Enabled", enabled ? "true" : "false");
        web.UseSetting("Membership:Reminders:CutoverDate", Cutover.ToString("yyyy-MM-dd"));
        web.UseSetting("Membership:Reminders:DaysBefore", $"{6 + _series}, 2");
        web.UseSetting("Membership:Reminders:PerSecond", perSecond.ToString());
        web.UseSetting("Membership:Reminders:PollInterval", "00:00:01");
    });

    private static async Task<bool> SendBatchAsync(WebApplicationFactory<Program> service)
    {
        await using var scope = service.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderSender>().SendBatchAsync(CancellationToken.None);
    }

    private Task<int> DeliveredAsync(string waveId) =>
        Membership.WithDbAsync(db => db.ReminderDeliveries.CountAsync(d => d.WaveId == waveId));

    private Task<ReminderWave?> WaveAsync(string waveId) =>
        Membership.WithDbAsync(db => db.ReminderWaves.AsNoTracking().SingleOrDefaultAsync(w => w.Id == waveId));

    private static async Task<HttpResponseMessage> SendAsync(WebApplicationFactory<Program> service, HttpMethod method, string path,
        string? operatorKey = ImportApiFixture.OperatorKey)
    {
        using var request = new HttpRequestMessage(method, "/api/membership/operator" + path);
        if (operatorKey is not null) request.Headers.Add("X-Operator-Key", operatorKey);
        return await service.CreateClient().SendAsync(request);
    }

    private static async Task<JsonElement> GetJsonAsync(WebApplicationFactory<Program> service, string path)
    {
        var response = await SendAsync(service, HttpMethod.Get, path);
        var body = await ApiClient.JsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        return body;
    }

    private static async Task ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(code, (await ApiClient.JsonAsync(response)).GetProperty("code").GetString());
    }
}
