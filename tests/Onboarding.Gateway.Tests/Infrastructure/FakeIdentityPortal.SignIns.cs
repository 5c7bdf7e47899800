extern alias portal;

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Onboarding.Contracts;
using portal::Onboarding.IdentityPortal.Domain;

namespace Onboarding.Gateway.Tests.Infrastructure;

/// <summary>
/// The sign-in half of the fake identity-portal (STEP 3): e-mail codes for existing accounts only (the same answer
/// either way), attempts, resend cooldown, and OpenIddict-shaped tokens: a JWT-sized access token with a lifetime and a
/// short refresh token that rotates on every use (a used one still works for <see cref="RefreshTokenReuseLeeway"/>, as
/// identity-portal's OpenIddict allows for two tabs renewing at once), and revocation.
/// </summary>
public sealed partial class FakeIdentityPortal
{
    /// <summary>The member id member 1's account carries (membership's id for the member).</summary>
    public static readonly Guid Member1Id = Guid.Parse("5b0c2f1e-9a7d-4c1e-8f3a-2d6b7e9c1a40");

    private readonly Dictionary<Guid, SignIn> _signIns = [];
    private readonly Dictionary<string, IssuedAccessToken> _accessTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Guid> _refreshTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (Guid MemberId, DateTimeOffset UsedAt)> _usedRefreshTokens = new(StringComparer.Ordinal);

    public static readonly TimeSpan RefreshTokenReuseLeeway = TimeSpan.FromSeconds(30);

    /// <summary>What <c>expires_in</c> says; zero hands out tokens the gateway must renew before using.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Every access and refresh token handed out, so tests can look for them where they must not be.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> IssuedTokens { get; } = new();

    public int Refreshes { get; private set; }

    /// <summary>Tokens revoked at the revocation endpoint (sign-out), in order.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> RevokedTokens { get; } = new();

    /// <summary>The member an access token stands for, while it is valid; what wallet-link and membership check.</summary>
    public Guid? MemberOf(string? accessToken)
    {
        lock (_gate)
        {
            return accessToken is not null && _accessTokens.TryGetValue(accessToken, out var issued) && issued.ExpiresAt > DateTimeOffset.UtcNow
                ? issued.MemberId
                : null;
        }
    }

    /// <summary>Every access token stops working now (as if revoked or expired early); refresh tokens still work.</summary>
    public void ExpireAccessTokens()
    {
        lock (_gate)
        {
            foreach (var token in _accessTokens.Keys.ToList()) _accessTokens[token] = _accessTokens[token] with { ExpiresAt = DateTimeOffset.UtcNow.AddSeconds(-1) };
        }
    }

    public void RevokeRefreshTokens()
    {
        lock (_gate)
        {
            _refreshTokens.Clear();
            _usedRefreshTokens.Clear();
        }
    }

    public void AllowSignInResendNow()
    {
        lock (_gate)
        {
            foreach (var signIn in _signIns.Values) signIn.Code.MovePast(signIn.Code.Rule.ResendAvailableAt);
        }
    }

    private void ResetSignIns()
    {
        _signIns.Clear();
        _accessTokens.Clear();
        _refreshTokens.Clear();
        _usedRefreshTokens.Clear();
        IssuedTokens.Clear();
        RevokedTokens.Clear();
        Refreshes = 0;
        AccountDeletions = 0;
        AccessTokenLifetime = TimeSpan.FromMinutes(5);
        ResetPasswords();
        ResetPasswordResets();
    }

    private (int, object?) RouteSignIns(string method, string[] segments, JsonElement body, Dictionary<string, string> form, string culture) => (method, segments) switch
    {
        ("POST", ["api", "portal", "sign-ins"]) => StartSignIn(body, culture),
        ("POST", ["api", "portal", "sign-ins", var id, "email-code"]) when Guid.TryParse(id, out var signInId) => ResendSignIn(signInId, culture),
        ("POST", ["api", "portal", "sign-ins", var id, "verification"]) when Guid.TryParse(id, out var signInId) => VerifySignIn(signInId, body, culture),
        ("POST", ["api", "portal", "connect", "token"]) => Refresh(form),
        ("POST", ["api", "portal", "connect", "revoke"]) => Revoke(form),
        _ => RoutePasswordResets(method, segments, body, culture),
    };

    private (int, object?) StartSignIn(JsonElement body, string culture)
    {
        var raw = String(body, "email");
        var email = EmailAddress.Normalize(raw);
        if (string.IsNullOrWhiteSpace(raw)) return Validation("email", "email.required", culture);
        if (email is null) return Validation("email", "email.invalid", culture);
        if (HasPassword(body, out var password)) return PasswordSignIn(email, password, culture);

        var signIn = new SignIn(Guid.NewGuid(), email);
        _signIns[signIn.Id] = signIn;
        IssueSignInCode(signIn);
        return (202, SignInStarted(signIn));
    }

    private (int, object?) ResendSignIn(Guid signInId, string culture)
    {
        if (!_signIns.TryGetValue(signInId, out var signIn)) return (404, ProblemOf(404, "sign_in_not_found", culture));
        if (TooSoon(signIn.Code, culture) is { } tooSoon) return tooSoon;
        IssueSignInCode(signIn);
        return (202, SignInStarted(signIn));
    }

    private (int, object?) VerifySignIn(Guid signInId, JsonElement body, string culture)
    {
        if (CheckCodeFormat(body, culture) is { } invalid) return invalid;
        if (!_signIns.TryGetValue(signInId, out var signIn)) return (404, ProblemOf(404, "sign_in_not_found", culture));
        if (CheckCode(signIn.Code, body, culture) is { } refused) return refused;
        return (200, IssueTokens(MemberIdOf(signIn.Email)));
    }

    private (int, object?) Refresh(Dictionary<string, string> form)
    {
        var now = DateTimeOffset.UtcNow;
        if (form.GetValueOrDefault("grant_type") != "refresh_token" || form.GetValueOrDefault("refresh_token") is not { } refreshToken)
        {
            return InvalidGrant();
        }
        if (_refreshTokens.Remove(refreshToken, out var memberId))
        {
            _usedRefreshTokens[refreshToken] = (memberId, now);
        }
        else if (!_usedRefreshTokens.TryGetValue(refreshToken, out var used) || used.UsedAt + RefreshTokenReuseLeeway <= now)
        {
            return InvalidGrant();
        }
        else
        {
            memberId = used.MemberId;
        }
        Refreshes++;
        return (200, IssueTokens(memberId));
    }

    // OpenIddict's error shape: plain OAuth JSON, not a problem document.
    private static (int, object?) InvalidGrant() =>
        (400, new Dictionary<string, string> { ["error"] = "invalid_grant", ["error_description"] = "The refresh token is no longer valid." });

    /// <summary>RFC 7009: 200 with no body, whether or not the token was still valid.</summary>
    private (int, object?) Revoke(Dictionary<string, string> form)
    {
        if (form.GetValueOrDefault("token") is not { Length: > 0 } token)
        {
            return (400, new Dictionary<string, string> { ["error"] = "invalid_request" });
        }
        _refreshTokens.Remove(token);
        _usedRefreshTokens.Remove(token);
        RevokedTokens.Enqueue(token);
        return (200, null);
    }

    private Dictionary<string, object> IssueTokens(Guid memberId)
    {
        // About the size of a real signed JWT with the member's claims.
        var accessToken = "eyJhbGciOiJSUzI1NiJ9." + Base64Url(RandomNumberGenerator.GetBytes(700)) + "." + Base64Url(RandomNumberGenerator.GetBytes(256));
        var refreshToken = Base64Url(RandomNumberGenerator.GetBytes(32));
        _accessTokens[accessToken] = new IssuedAccessToken(memberId, DateTimeOffset.UtcNow + AccessTokenLifetime);
        _refreshTokens[refreshToken] = memberId;
        IssuedTokens.Enqueue(accessToken);
        IssuedTokens.Enqueue(refreshToken);
        return new Dictionary<string, object>
        {
            ["access_token"] = accessToken,
            ["token_type"] = "Bearer",
            ["expires_in"] = (int)AccessTokenLifetime.TotalSeconds,
            ["refresh_token"] = refreshToken,
            ["member_id"] = memberId.ToString(),
        };
    }

    private static Guid MemberIdOf(string email) =>
        email == FakeMembership.Member1Email ? Member1Id : new Guid(MD5.HashData(Encoding.UTF8.GetBytes(email)));

    /// <summary>
    /// As identity-portal does: a code is mailed only when the address has an account; otherwise what is "stored" can
    /// match no typed code, and the answers look the same.
    /// </summary>
    private void IssueSignInCode(SignIn signIn)
    {
        signIn.Code?.Rule.Void();
        var (plain, hash) = NewCode();
        var hasAccount = _accounts.Contains(signIn.Email);
        var rule = SignInCodeChallenge.Issue(Guid.NewGuid(), signIn.Id, signIn.Email, hasAccount ? hash : RandomNumberGenerator.GetBytes(32), DateTimeOffset.UtcNow);
        signIn.Code = new IssuedCode(rule, plain);
        if (hasAccount) Mail.Enqueue(new SentPasscode(signIn.Id, signIn.Email, plain));
    }

    private static object SignInStarted(SignIn signIn) => new
    {
        signInId = signIn.Id,
        sentTo = EmailAddress.Mask(signIn.Email),
        expiresAt = signIn.Code.ExpiresAt,
        resendAvailableAt = signIn.Code.ResendAvailableAt,
    };

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private sealed record IssuedAccessToken(Guid MemberId, DateTimeOffset ExpiresAt);

    private sealed class SignIn(Guid id, string email)
    {
        public Guid Id { get; } = id;
        public string Email { get; } = email;
        public IssuedCode Code { get; set; } = null!;
    }
}
