using Microsoft.AspNetCore.DataProtection;
using Onboarding.Gateway.Journey;
using Onboarding.Gateway.Portal;

namespace Onboarding.Gateway.Pages.Step3;

/// <summary>A sign-in started in this browser: its id (never in a URL), the address typed, and the code's times.</summary>
public sealed record SignInState(
    Guid SignInId,
    string Email,
    string SentTo,
    DateTimeOffset ExpiresAt,
    DateTimeOffset ResendAvailableAt)
{
    public static SignInState Of(string email, SignInStarted started) =>
        new(started.SignInId, email, started.SentTo, started.ExpiresAt, started.ResendAvailableAt);
}

/// <summary>
/// The signed-in member: the tokens identity-portal issued, and when the sitting ends however often they are renewed
/// (<see cref="EndsAt"/>; a cookie without it, from before it existed, counts as ended). The access token (a JWT of
/// about 1 KB) and the short refresh-token reference fit one cookie well under the 4 KB limit even after encryption
/// and base64.
/// </summary>
public sealed record MemberSessionState(
    string MemberId,
    string Email,
    string AccessToken,
    DateTimeOffset AccessTokenExpiresAt,
    string? RefreshToken,
    DateTimeOffset EndsAt = default)
{
    public static MemberSessionState Of(string email, MemberTokens tokens, DateTimeOffset now, TimeSpan lifetime) =>
        new(tokens.MemberId ?? "", email, tokens.AccessToken, now.AddSeconds(tokens.ExpiresIn), tokens.RefreshToken, now + lifetime);

    public bool HasEnded(DateTimeOffset now) => now >= EndsAt;

    /// <summary>After a refresh: the new tokens (the end stays); the refresh token rotates, but keep the old one if none came back.</summary>
    public MemberSessionState Renewed(MemberTokens tokens, DateTimeOffset now) => this with
    {
        MemberId = string.IsNullOrEmpty(tokens.MemberId) ? MemberId : tokens.MemberId,
        AccessToken = tokens.AccessToken,
        AccessTokenExpiresAt = now.AddSeconds(tokens.ExpiresIn),
        RefreshToken = tokens.RefreshToken ?? RefreshToken,
    };
}

/// <summary>
/// Keeps STEP 3's sign-in and the member's tokens in HttpOnly cookies protected with ASP.NET Core Data Protection,
/// like the STEP 1 and STEP 2 state: the tokens are never in a URL, in page HTML or readable by script.
/// </summary>
public sealed class Step3State(IDataProtectionProvider dataProtection, TimeProvider clock)
{
    public const string SignInCookieName = ".Onboarding.Step3.SignIn";
    public const string SessionCookieName = ".Onboarding.Step3.Session";

    private readonly ProtectedCookie<SignInState> _signIn =
        new(dataProtection, SignInCookieName, "Onboarding.Gateway.Step3.SignIn.v1", TimeSpan.FromHours(1));

    // The session's own end (MemberSessionState.EndsAt) decides how long the member stays signed in; this only
    // bounds a forgotten browser.
    private readonly ProtectedCookie<MemberSessionState> _session =
        new(dataProtection, SessionCookieName, "Onboarding.Gateway.Step3.Session.v1", TimeSpan.FromHours(12));

    public DateTimeOffset Now => clock.GetUtcNow();

    public SignInState? ReadSignIn(HttpRequest request) => _signIn.Read(request, Now);

    public void WriteSignIn(HttpResponse response, SignInState signIn) => _signIn.Write(response, signIn, Now);

    public void ClearSignIn(HttpResponse response) => _signIn.Delete(response);

    public MemberSessionState? ReadSession(HttpRequest request) => _session.Read(request, Now);

    public void WriteSession(HttpResponse response, MemberSessionState session) => _session.Write(response, session, Now);

    public void ClearSession(HttpResponse response) => _session.Delete(response);
}
