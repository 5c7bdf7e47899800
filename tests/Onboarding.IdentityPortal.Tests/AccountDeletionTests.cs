using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.IdentityPortal.Domain;
using Onboarding.Testing.Messaging;

namespace Onboarding.IdentityPortal.Tests;

/// <summary>
/// 退会 (issue 13 §5): <c>DELETE /api/portal/accounts/me</c> with the member's own access token deletes the account, its
/// tokens and sign-ins, records the request, and puts <c>PortalAccountDeleted</c> and the notice in the outbox; a replay
/// changes nothing; another member's account is untouched; without a valid token nothing happens; afterwards the
/// address signs in like an unknown one.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class AccountDeletionTests(PortalApiFactory factory) : IClassFixture<PortalApiFactory>
{
    private readonly SignInClient _signIns = new(factory);
    private readonly NotificationQueueTap _notifications = new(factory.Infrastructure.Broker.ConnectionString);
    private readonly HttpClient _http = factory.CreateClient();

    [Fact]
    public async Task The_member_deletes_the_account_its_tokens_and_sign_ins_go_the_event_and_the_notice_are_sent_and_a_replay_changes_nothing()
    {
        await using var events = await EventTap.StartAsync(factory.Infrastructure.Broker.ConnectionString,
            EventTap.ExchangeOf("PortalAccountDeleted"));
        var user = await _signIns.CreateAccountAsync();
        var other = await _signIns.CreateAccountAsync();
        var tokens = await _signIns.SignedInAsync(_notifications, user.Email!);
        var accessToken = tokens.GetProperty("access_token").GetString()!;
        var refreshToken = tokens.GetProperty("refresh_token").GetString()!;
        var othersTokens = await _signIns.SignedInAsync(_notifications, other.Email!);
        // A password lock-out count for the address, which goes with it.
        await _signIns.PasswordAsync(user.Email, "Wrong-password-1");
        var lockoutKey = factory.Services.GetRequiredService<VerificationCodeHasher>().AddressKey(user.Email!);
        Assert.True(await factory.WithDbAsync(db => db.SignInLockouts.AnyAsync(l => l.EmailKey == lockoutKey)));
        var now = factory.Clock.GetUtcNow();
        // The sign-up the account was made from, and its phone code (which the daily SMS caps count).
        var flowId = Guid.NewGuid();
        await factory.WithDbAsync(async db =>
        {
            var flow = SignupFlow.Start(flowId, user.MemberId, user.Email!, now);
            flow.EmailVerified(now);
            flow.SetProfile("hash-of-the-password", "岡田", "太郎", now);
            flow.Completed("+819012345678", user.Id, now);
            db.SignupFlows.Add(flow);
            db.PhoneCodeChallenges.Add(PhoneCodeChallenge.Issue(Guid.NewGuid(), flowId, "+819012345678", Onboarding.Contracts.Commands.PhoneChannel.Sms, new byte[32], now));
            return await db.SaveChangesAsync();
        });

        var deleted = await DeleteAsync(accessToken);
        Assert.True(deleted.StatusCode == HttpStatusCode.NoContent, await deleted.Content.ReadAsStringAsync());

        var subject = user.Id.ToString();
        await factory.WithDbAsync(async db =>
        {
            Assert.False(await db.Users.AnyAsync(u => u.Id == user.Id));
            Assert.True(await db.Users.AnyAsync(u => u.Id == other.Id));
            var deletion = await db.AccountDeletions.SingleAsync(d => d.AccountId == user.Id);
            Assert.Equal(user.MemberId, deletion.MemberId);
            Assert.Equal(now, deletion.RequestedAt);
            Assert.Equal(now, deletion.CompletedAt);
            Assert.False(await db.SignIns.AnyAsync(s => s.AccountId == user.Id || s.Email == user.Email));
            // The sign-up keeps no name, password hash or phone number; it and its code stay for the daily caps (so that
            // making and deleting accounts over and over cannot send SMS without limit), pruned as usual.
            var scrubbed = await db.SignupFlows.SingleAsync(f => f.Id == flowId);
            Assert.Equal((null, null, null, null), (scrubbed.PasswordHash, scrubbed.FamilyName, scrubbed.GivenName, scrubbed.PhoneNumber));
            Assert.True(await db.PhoneCodeChallenges.AnyAsync(c => c.FlowId == flowId));
            Assert.Equal(0, await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM open_iddict_tokens WHERE subject = {subject}").SingleAsync());
            Assert.True(await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM open_iddict_tokens WHERE subject = {other.Id.ToString()}").SingleAsync() > 0);
            var emailKey = factory.Services.GetRequiredService<VerificationCodeHasher>().AddressKey(user.Email!);
            Assert.False(await db.SignInLockouts.AnyAsync(l => l.EmailKey == emailKey));
            return 0;
        });

        // The event names ids only; the notice goes to the address, in the member's language.
        var published = await events.WaitForAsync(m => m.GetProperty("accountId").GetGuid() == user.Id);
        Assert.Equal(user.MemberId, published.GetProperty("memberId").GetGuid());
        Assert.Equal(now, published.GetProperty("deletedAt").GetDateTimeOffset());
        Assert.Equal(["accountId", "deletedAt", "memberId"], published.EnumerateObject().Select(p => p.Name).Order().ToArray());
        var notice = await _notifications.WaitForAsync(m => m.TryGetProperty("accountId", out var id) && id.GetGuid() == user.Id
            && m.TryGetProperty("deletedAt", out _));
        Assert.Equal(user.Email, notice.GetProperty("to").GetString());
        Assert.Equal("ja", notice.GetProperty("culture").GetString());

        // The sitting cannot renew; the other member's goes on.
        var refresh = await _signIns.TokenAsync(("grant_type", "refresh_token"), ("refresh_token", refreshToken));
        Assert.Equal(HttpStatusCode.BadRequest, refresh.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _signIns.TokenAsync(("grant_type", "refresh_token"),
            ("refresh_token", othersTokens.GetProperty("refresh_token").GetString()!))).StatusCode);

        // A replay with the same (still unexpired) access token is refused — its token entry went with the account —
        // and changes nothing: one deletion, one event.
        Assert.Equal(HttpStatusCode.Unauthorized, (await DeleteAsync(accessToken)).StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.AccountDeletions.CountAsync(d => d.AccountId == user.Id)));
        Assert.Equal(1, await events.CountAsync(m => m.GetProperty("accountId").GetGuid() == user.Id, TimeSpan.FromSeconds(2)));

        // Signing in again is an unknown address's: the same 401 as a wrong password, and no code mail.
        await ApiClient.ProblemAsync(await _signIns.PasswordAsync(user.Email, SignInClient.Password), HttpStatusCode.Unauthorized, "invalid_credentials");
        // Past the other address's resend cooldown (it signed in above).
        factory.Clock.Advance(TimeSpan.FromSeconds(61));
        var signInId = await _signIns.StartedAsync(user.Email!);
        await _signIns.StartedAsync(other.Email!);
        await _notifications.WaitForAsync(m => m.TryGetProperty("to", out var to) && to.GetString() == other.Email && m.TryGetProperty("signInId", out _));
        Assert.DoesNotContain(_notifications.Seen, m => m.TryGetProperty("signInId", out var id) && id.GetGuid() == signInId);
    }

    [Fact]
    public async Task Without_a_valid_token_of_this_issuer_nothing_is_deleted()
    {
        var user = await _signIns.CreateAccountAsync();
        var tokens = await _signIns.SignedInAsync(_notifications, user.Email!);
        var accessToken = tokens.GetProperty("access_token").GetString()!;

        Assert.Equal(HttpStatusCode.Unauthorized, (await DeleteAsync(null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await DeleteAsync("not-a-token")).StatusCode);
        // The refresh token is not an access token; a tampered signature is not this issuer's.
        Assert.Equal(HttpStatusCode.Unauthorized, (await DeleteAsync(tokens.GetProperty("refresh_token").GetString())).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await DeleteAsync(accessToken[..^4] + (accessToken.EndsWith("AAAA") ? "BBBB" : "AAAA"))).StatusCode);
        // Expired: the access token lives 10 minutes.
        factory.Clock.Advance(TimeSpan.FromMinutes(11));
        Assert.Equal(HttpStatusCode.Unauthorized, (await DeleteAsync(accessToken)).StatusCode);

        Assert.True(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Id == user.Id)));
        Assert.False(await factory.WithDbAsync(db => db.AccountDeletions.AnyAsync(d => d.AccountId == user.Id)));
    }

    private async Task<HttpResponseMessage> DeleteAsync(string? accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, "/api/portal/accounts/me");
        if (accessToken is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        request.Headers.AcceptLanguage.ParseAdd("ja");
        return await _http.SendAsync(request);
    }
}
