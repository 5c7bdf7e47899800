using System.Net;
using Onboarding.Testing.Messaging;

namespace Onboarding.IdentityPortal.Tests;

/// <summary>
/// The member's sitting as the token endpoint keeps it: an absolute end however often it is renewed, two tabs renewing
/// at once, and sign-out revoking the refresh token. Its own service instance: the clock moves hours ahead.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class SessionTokenTests(PortalApiFactory factory) : IClassFixture<PortalApiFactory>
{
    private readonly SignInClient _signIns = new(factory);
    private readonly NotificationQueueTap _notifications = new(factory.Infrastructure.Broker.ConnectionString);

    private async Task<string> SignedInRefreshTokenAsync()
    {
        var user = await _signIns.CreateAccountAsync();
        var tokens = await _signIns.SignedInAsync(_notifications, user.Email!);
        return tokens.GetProperty("refresh_token").GetString()!;
    }

    private Task<HttpResponseMessage> RefreshAsync(string refreshToken) =>
        _signIns.TokenAsync(("grant_type", "refresh_token"), ("refresh_token", refreshToken));

    private static async Task<string> RenewedAsync(HttpResponseMessage response)
    {
        var body = await ApiClient.JsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        return body.GetProperty("refresh_token").GetString()!;
    }

    private static async Task AssertInvalidGrantAsync(HttpResponseMessage response)
    {
        var body = await ApiClient.JsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body.ToString());
        Assert.Equal("invalid_grant", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Renewing_never_takes_the_session_past_8_hours_from_sign_in()
    {
        var refreshToken = await SignedInRefreshTokenAsync();
        foreach (var after in new[] { TimeSpan.FromHours(3), TimeSpan.FromHours(3), TimeSpan.FromHours(1.95) })
        {
            factory.Clock.Advance(after);
            refreshToken = await RenewedAsync(await RefreshAsync(refreshToken));
        }

        // 8 h 1 min after sign-in the newest refresh token is 4 minutes old, yet it has ended with the sitting.
        factory.Clock.Advance(TimeSpan.FromMinutes(4));
        await AssertInvalidGrantAsync(await RefreshAsync(refreshToken));
    }

    [Fact]
    public async Task Two_tabs_renewing_at_once_both_succeed_and_a_replay_after_the_leeway_is_refused()
    {
        var refreshToken = await SignedInRefreshTokenAsync();

        var answers = await Task.WhenAll(RefreshAsync(refreshToken), RefreshAsync(refreshToken));
        var renewed = await Task.WhenAll(answers.Select(RenewedAsync));
        Assert.NotEqual(renewed[0], renewed[1]);
        // A tab a moment behind (the clock has moved: with no leeway this is already a replay) gets through too.
        factory.Clock.Advance(TimeSpan.FromSeconds(5));
        await RenewedAsync(await RefreshAsync(refreshToken));
        // Whichever tab wrote its cookie last, its refresh token goes on working.
        var next = await RenewedAsync(await RefreshAsync(renewed[1]));

        factory.Clock.Advance(TimeSpan.FromSeconds(26));
        await AssertInvalidGrantAsync(await RefreshAsync(refreshToken));
        // A replay is taken for theft: OpenIddict revokes what came from that token too.
        await AssertInvalidGrantAsync(await RefreshAsync(next));
    }

    [Fact]
    public async Task Sign_out_revokes_the_refresh_token()
    {
        var refreshToken = await SignedInRefreshTokenAsync();
        var other = await SignedInRefreshTokenAsync();

        var revoked = await _signIns.RevokeAsync(refreshToken);
        Assert.True(revoked.StatusCode == HttpStatusCode.OK, await revoked.Content.ReadAsStringAsync());

        await AssertInvalidGrantAsync(await RefreshAsync(refreshToken));
        // Only that member's session ends.
        await RenewedAsync(await RefreshAsync(other));
    }
}
