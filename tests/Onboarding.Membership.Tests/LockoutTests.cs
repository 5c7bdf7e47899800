using System.Net;

namespace Onboarding.Membership.Tests;

[Collection(MembershipCollection.Name)]
public sealed class LockoutTests(MembershipApiFactory factory) : IClassFixture<MembershipApiFactory>
{
    private readonly ApiClient _api = new(factory.CreateClient());

    [Fact]
    public async Task Five_wrong_birth_dates_lock_the_number_even_for_the_right_one_until_the_wait_is_over()
    {
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var miss = await ApiClient.JsonAsync(await _api.LookupAsync("444455556666", "2006-02-27"));
            Assert.Equal(5 - attempt, miss.GetProperty("attemptsRemaining").GetInt32());
        }
        var fifth = await _api.LookupAsync("444455556666", "2006-02-27");
        Assert.Equal(HttpStatusCode.TooManyRequests, fifth.StatusCode);
        Assert.Equal("900", fifth.Headers.RetryAfter?.Delta?.TotalSeconds.ToString());

        var rightButLocked = await _api.LookupAsync("444455556666", "2006-02-28");
        Assert.Equal(HttpStatusCode.TooManyRequests, rightButLocked.StatusCode);
        Assert.Equal("too_many_attempts", (await ApiClient.JsonAsync(rightButLocked)).GetProperty("code").GetString());

        factory.Clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(HttpStatusCode.Created, (await _api.LookupAsync("444455556666", "2006-02-28")).StatusCode);
    }

    [Fact]
    public async Task Lock_outs_grow_from_15_minutes_to_an_hour_to_a_day_and_unknown_numbers_lock_alike()
    {
        const string unknownNumber = "999900001111";
        int[] expectedWaits = [15 * 60, 60 * 60, 24 * 60 * 60, 24 * 60 * 60];
        foreach (var expected in expectedWaits)
        {
            HttpResponseMessage last = null!;
            for (var attempt = 0; attempt < 5; attempt++) last = await _api.LookupAsync(unknownNumber, "2000-01-01");

            var problem = await ApiClient.JsonAsync(last);
            Assert.Equal(HttpStatusCode.TooManyRequests, last.StatusCode);
            Assert.Equal(expected, problem.GetProperty("retryAfterSeconds").GetInt32());
            Assert.Equal(0, problem.GetProperty("attemptsRemaining").GetInt32());

            factory.Clock.Advance(TimeSpan.FromSeconds(expected - 1));
            Assert.Equal(HttpStatusCode.TooManyRequests, (await _api.LookupAsync(unknownNumber, "2000-01-01")).StatusCode);
            factory.Clock.Advance(TimeSpan.FromSeconds(1));
        }
    }
}
