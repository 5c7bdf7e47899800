using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace Onboarding.Membership.Tests;

/// <summary>
/// A member is not locked out for ever (issue 10 §4): the escalation (15 min, 1 h, 24 h) decays after a quiet week,
/// and the help desk can unlock one number with the operator key.
/// </summary>
[Collection(MembershipCollection.Name)]
public sealed class LookupLockoutReliefTests(MembershipApiFactory factory) : IClassFixture<MembershipApiFactory>
{
    private const string OperatorKey = "test-only-operator-key-for-unlocks";
    private static readonly DateOnly BirthDate = new(2006, 5, 5);
    private const string WrongDate = "2006-05-06";
    private const string RightDate = "2006-05-05";

    private readonly HttpClient _operatorHttp = factory.WithWebHostBuilder(web => web.UseSetting("Operator:ApiKey", OperatorKey)).CreateClient();

    /// <summary>Each test its own client address, so that the client budget (20 failures an hour) never interferes.</summary>
    private ApiClient MemberAt(string address) => new(factory.CreateClient()) { ClientAddress = address };

    private static async Task<HttpResponseMessage> MissFiveTimesAsync(ApiClient api, string number)
    {
        HttpResponseMessage last = null!;
        for (var attempt = 0; attempt < 5; attempt++) last = await api.LookupAsync(number, WrongDate);
        return last;
    }

    private static async Task<int> RetryAfterSecondsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        return (await ApiClient.JsonAsync(response)).GetProperty("retryAfterSeconds").GetInt32();
    }

    [Fact]
    public async Task After_a_quiet_week_the_escalation_starts_again_at_15_minutes_but_not_before()
    {
        const string number = "700000000001";
        await factory.AddMemberAsync(number, BirthDate, null);
        var api = MemberAt("192.0.2.41");

        Assert.Equal(15 * 60, await RetryAfterSecondsAsync(await MissFiveTimesAsync(api, number)));
        factory.Clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(60 * 60, await RetryAfterSecondsAsync(await MissFiveTimesAsync(api, number)));
        factory.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(24 * 60 * 60, await RetryAfterSecondsAsync(await MissFiveTimesAsync(api, number)));

        // Six quiet days after the day-long wait began: still at the top of the escalation.
        factory.Clock.Advance(TimeSpan.FromDays(6));
        Assert.Equal(24 * 60 * 60, await RetryAfterSecondsAsync(await MissFiveTimesAsync(api, number)));

        // Seven days without a wrong date since then: back to 5 tries and a 15-minute first wait.
        factory.Clock.Advance(TimeSpan.FromDays(7));
        var first = await api.LookupAsync(number, WrongDate);
        Assert.Equal(4, (await ApiClient.JsonAsync(first)).GetProperty("attemptsRemaining").GetInt32());
        for (var attempt = 0; attempt < 3; attempt++) await api.LookupAsync(number, WrongDate);
        Assert.Equal(15 * 60, await RetryAfterSecondsAsync(await api.LookupAsync(number, WrongDate)));
    }

    [Fact]
    public async Task Misses_short_of_a_lock_out_are_forgotten_after_a_quiet_week()
    {
        const string number = "700000000002";
        await factory.AddMemberAsync(number, BirthDate, null);
        var api = MemberAt("192.0.2.42");
        for (var attempt = 0; attempt < 4; attempt++) await api.LookupAsync(number, WrongDate);

        factory.Clock.Advance(TimeSpan.FromDays(7));
        var miss = await api.LookupAsync(number, WrongDate);

        Assert.Equal(HttpStatusCode.NotFound, miss.StatusCode);
        Assert.Equal(4, (await ApiClient.JsonAsync(miss)).GetProperty("attemptsRemaining").GetInt32());
    }

    [Fact]
    public async Task The_help_desk_unlocks_a_locked_number_with_the_operator_key_and_the_member_can_look_up_again()
    {
        const string number = "700000000003";
        await factory.AddMemberAsync(number, BirthDate, null);
        var api = MemberAt("192.0.2.43");
        Assert.Equal(15 * 60, await RetryAfterSecondsAsync(await MissFiveTimesAsync(api, number)));

        var withoutKey = await UnlockAsync(number, operatorKey: null);
        var wrongKey = await UnlockAsync(number, operatorKey: "not-the-key");
        Assert.Equal(HttpStatusCode.Unauthorized, withoutKey.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongKey.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await api.LookupAsync(number, RightDate)).StatusCode);

        // Typed as the member reads it out: with dashes.
        var unlocked = await UnlockAsync("7000-0000-0003", OperatorKey);
        var body = await ApiClient.JsonAsync(unlocked);
        Assert.Equal(HttpStatusCode.OK, unlocked.StatusCode);
        Assert.Equal(number, body.GetProperty("memberNumber").GetString());
        Assert.True(body.GetProperty("knownMember").GetBoolean());
        Assert.True(body.GetProperty("wasLocked").GetBoolean());
        Assert.Equal(factory.Clock.GetUtcNow().AddMinutes(15), body.GetProperty("lockedUntil").GetDateTimeOffset());

        Assert.Equal(HttpStatusCode.Created, (await api.LookupAsync(number, RightDate)).StatusCode);
    }

    [Fact]
    public async Task An_unlock_also_resets_the_escalation()
    {
        const string number = "700000000004";
        await factory.AddMemberAsync(number, BirthDate, null);
        var api = MemberAt("192.0.2.44");
        await MissFiveTimesAsync(api, number);
        factory.Clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(60 * 60, await RetryAfterSecondsAsync(await MissFiveTimesAsync(api, number)));

        Assert.Equal(HttpStatusCode.OK, (await UnlockAsync(number, OperatorKey)).StatusCode);

        Assert.Equal(15 * 60, await RetryAfterSecondsAsync(await MissFiveTimesAsync(api, number)));
    }

    [Fact]
    public async Task Unknown_and_malformed_numbers()
    {
        (string number, HttpStatusCode expected, string? errorCode)[] rows =
        [
            ("700000009999", HttpStatusCode.OK, null), // not on the roster: said, so the operator checks the number
            ("70000000999", HttpStatusCode.BadRequest, "memberNumber.format"),
            ("7000000099x9", HttpStatusCode.BadRequest, "memberNumber.format"),
        ];

        await Assert.AllAsync(rows, async row =>
        {
            var (number, expected, errorCode) = row;
            var response = await UnlockAsync(number, OperatorKey);
            var body = await ApiClient.JsonAsync(response);

            Assert.Equal(expected, response.StatusCode);
            if (errorCode is null)
            {
                Assert.False(body.GetProperty("knownMember").GetBoolean());
                Assert.False(body.GetProperty("wasLocked").GetBoolean());
            }
            else
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                Assert.Equal(errorCode, body.GetProperty("errorCodes").GetProperty("memberNumber").GetString());
            }
        });
    }

    private async Task<HttpResponseMessage> UnlockAsync(string memberNumber, string? operatorKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/membership/operator/lookup-lockouts/{Uri.EscapeDataString(memberNumber)}/unlock");
        if (operatorKey is not null) request.Headers.Add("X-Operator-Key", operatorKey);
        return await _operatorHttp.SendAsync(request);
    }
}
