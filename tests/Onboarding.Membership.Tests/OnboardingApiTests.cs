using System.Net;
using System.Text.Json;
using Onboarding.Contracts.Events;

namespace Onboarding.Membership.Tests;

/// <summary>
/// <c>GET /api/membership/onboarding/{memberId}</c> (operator or the member) and
/// <c>GET /api/membership/lookups/{lookupId}/onboarding</c> (resuming from a fresh browser): shapes and access rules.
/// </summary>
[Collection(MembershipCollection.Name)]
public sealed class OnboardingApiTests(OnboardingApiFixture fixture) : IClassFixture<OnboardingApiFixture>
{
    private const string Provider = "pokepay";
    private OnboardingFlow Flow => fixture.Flow;

    [Fact]
    public async Task The_operator_sees_each_step_with_its_time_and_the_completion()
    {
        var member = await Flow.NewMemberAsync();
        var confirmedAt = await Flow.ConfirmEmailAsync(member);
        await Flow.PublishAsync(new PortalAccountCreated(Guid.NewGuid(), member.Id, member.Email, true, confirmedAt.AddMinutes(10)));
        await Flow.PublishAsync(new WalletLinked(member.Id, Provider, "wallet-a", confirmedAt.AddMinutes(20)));
        await Flow.WaitForProgressAsync(member.Id, p => p.CompletedAt is not null, "completion");

        var (response, body) = await fixture.GetAsync(ProgressPath(member.Id), OnboardingApiFixture.OperatorKey);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["memberId", "step1", "step2", "step3", "completedAt", "coop"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal("テスト大学生協", body.GetProperty("coop").GetString());
        Assert.Equal(member.Id, body.GetProperty("memberId").GetGuid());
        AssertStep(body.GetProperty("step1"), confirmedAt);
        AssertStep(body.GetProperty("step2"), confirmedAt.AddMinutes(10));
        AssertStep(body.GetProperty("step3"), confirmedAt.AddMinutes(20));
        Assert.Equal(confirmedAt.AddMinutes(20), body.GetProperty("completedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_member_who_has_not_started_has_no_step_done()
    {
        var member = await Flow.NewMemberAsync();

        var (response, body) = await fixture.GetAsync(ProgressPath(member.Id), OnboardingApiFixture.OperatorKey);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var step in new[] { "step1", "step2", "step3" }) AssertNotDone(body.GetProperty(step));
        Assert.Equal(JsonValueKind.Null, body.GetProperty("completedAt").ValueKind);
    }

    [Fact]
    public async Task After_an_unlink_step3_is_not_done_but_the_completion_stays()
    {
        var member = await Flow.NewMemberAsync();
        var confirmedAt = await Flow.ConfirmEmailAsync(member);
        await Flow.PublishAsync(new PortalAccountCreated(Guid.NewGuid(), member.Id, member.Email, true, confirmedAt.AddMinutes(10)));
        await Flow.PublishAsync(new WalletLinked(member.Id, Provider, "wallet-b", confirmedAt.AddMinutes(20)));
        await Flow.WaitForProgressAsync(member.Id, p => p.CompletedAt is not null, "completion");
        await Flow.PublishAsync(new WalletUnlinked(member.Id, Provider, "wallet-b", confirmedAt.AddMinutes(30)));
        await Flow.WaitForProgressAsync(member.Id, p => !p.IsWalletLinked, "the unlink");

        var (_, body) = await fixture.GetAsync(ProgressPath(member.Id), OnboardingApiFixture.OperatorKey);

        AssertNotDone(body.GetProperty("step3"));
        AssertStep(body.GetProperty("step2"), confirmedAt.AddMinutes(10));
        Assert.Equal(confirmedAt.AddMinutes(20), body.GetProperty("completedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task An_unknown_member_id_is_404_member_id_not_found()
    {
        var (response, body) = await fixture.GetAsync(ProgressPath(Guid.NewGuid()), OnboardingApiFixture.OperatorKey);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("member_id_not_found", body.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Without_a_valid_credential_the_progress_is_refused()
    {
        string?[] rows =
        [
            null,
            "wrong-key",
            "",
        ];

        await Assert.AllAsync(rows, async operatorKey =>
        {
            var member = await Flow.NewMemberAsync();

            var (response, body) = await fixture.GetAsync(ProgressPath(member.Id), operatorKey);

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("credential_required", body.GetProperty("code").GetString());
            Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
            Assert.False(body.TryGetProperty("step1", out _));
        });
    }

    // The member is authenticated by a FAKE handler (TestMemberAuthentication) standing in for the portal token
    // validation ServiceDefaults will provide; this checks only the access rule on the member_id claim.
    [Fact]
    public async Task A_signed_in_member_sees_their_own_progress_but_no_one_elses()
    {
        var member = await Flow.NewMemberAsync();
        var other = await Flow.NewMemberAsync();
        var confirmedAt = await Flow.ConfirmEmailAsync(member);

        var (own, ownBody) = await fixture.GetAsync(ProgressPath(member.Id), asMember: member.Id);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        AssertStep(ownBody.GetProperty("step1"), confirmedAt);

        var (others, othersBody) = await fixture.GetAsync(ProgressPath(other.Id), asMember: member.Id);
        Assert.Equal(HttpStatusCode.Forbidden, others.StatusCode);
        Assert.Equal("access_denied", othersBody.GetProperty("code").GetString());

        // Refused the same way for an id that does not exist: a member cannot probe which ids are members.
        var (unknown, unknownBody) = await fixture.GetAsync(ProgressPath(Guid.NewGuid()), asMember: member.Id);
        Assert.Equal(HttpStatusCode.Forbidden, unknown.StatusCode);
        Assert.Equal("access_denied", unknownBody.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_valid_lookup_shows_where_the_member_stands_and_the_confirmed_address_masked()
    {
        var member = await Flow.NewMemberAsync();
        var confirmedAt = await Flow.ConfirmEmailAsync(member);
        await Flow.PublishAsync(new PortalAccountCreated(Guid.NewGuid(), member.Id, member.Email, true, confirmedAt.AddMinutes(10)));
        await Flow.WaitForProgressAsync(member.Id, p => p.PortalAccountCreatedAt is not null, "STEP 2");

        // A fresh browser: the member identifies themselves again with number and birth date.
        var lookupId = await Flow.LookupAsync(member);
        var (response, body) = await fixture.GetAsync(ResumePath(lookupId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["step1", "step2", "step3", "completedAt", "confirmedEmailMasked"], body.EnumerateObject().Select(p => p.Name));
        AssertStep(body.GetProperty("step1"), confirmedAt);
        AssertStep(body.GetProperty("step2"), confirmedAt.AddMinutes(10));
        AssertNotDone(body.GetProperty("step3"));
        Assert.Equal(JsonValueKind.Null, body.GetProperty("completedAt").ValueKind);
        Assert.Equal("mem*****@example.ac.jp", body.GetProperty("confirmedEmailMasked").GetString());
        Assert.DoesNotContain(member.Email, body.ToString());
    }

    [Fact]
    public async Task Before_step1_the_lookup_shows_no_confirmed_address()
    {
        var member = await Flow.NewMemberAsync();

        var (response, body) = await fixture.GetAsync(ResumePath(await Flow.LookupAsync(member)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertNotDone(body.GetProperty("step1"));
        // The roster's address is on file but was never confirmed by the member.
        Assert.Equal(JsonValueKind.Null, body.GetProperty("confirmedEmailMasked").ValueKind);
    }

    [Fact]
    public async Task An_unknown_or_expired_lookup_gets_the_lookup_problems()
    {
        var (unknown, unknownBody) = await fixture.GetAsync(ResumePath(Guid.NewGuid()));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("lookup_not_found", unknownBody.GetProperty("code").GetString());

        var lookupId = await Flow.LookupAsync(await Flow.NewMemberAsync());
        fixture.Membership.Clock.Advance(TimeSpan.FromMinutes(31));
        var (expired, expiredBody) = await fixture.GetAsync(ResumePath(lookupId));
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Equal("lookup_expired", expiredBody.GetProperty("code").GetString());
    }

    private static string ProgressPath(Guid memberId) => $"/api/membership/onboarding/{memberId}";

    private static string ResumePath(Guid lookupId) => $"/api/membership/lookups/{lookupId}/onboarding";

    private static void AssertStep(JsonElement step, DateTimeOffset at)
    {
        Assert.True(step.GetProperty("done").GetBoolean(), step.ToString());
        Assert.Equal(at, step.GetProperty("at").GetDateTimeOffset());
    }

    private static void AssertNotDone(JsonElement step)
    {
        Assert.False(step.GetProperty("done").GetBoolean(), step.ToString());
        Assert.Equal(JsonValueKind.Null, step.GetProperty("at").ValueKind);
    }
}
