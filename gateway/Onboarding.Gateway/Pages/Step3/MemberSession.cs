using Microsoft.Extensions.Options;
using Onboarding.Gateway.Portal;
using Onboarding.Gateway.Services;

namespace Onboarding.Gateway.Pages.Step3;

/// <summary>What a call made as the member came to: signed out (no session, or it could not be renewed), or the answer.</summary>
public sealed record MemberCall<T>(bool SignedOut, ServiceResult<T>? Result) where T : class
{
    public static MemberCall<T> NotSignedIn { get; } = new(true, null);
}

/// <summary>
/// The signed-in member of STEP 3. Calls services as the member with a valid access token: refreshes it first when it
/// has expired (or is about to), and once more when a service still answers 401 (revoked, or clocks apart). Refresh
/// tokens rotate, so every refresh writes the new pair back to the cookie at once. A session ends at a fixed time
/// after sign-in however often it is renewed (<see cref="MemberSessionOptions.SessionLifetime"/>), or at sign-out,
/// which revokes the refresh token at identity-portal. One instance per request.
/// </summary>
/// <remarks>
/// Two tabs renewing at the same moment send the same refresh token; identity-portal's reuse leeway lets both through
/// (serialising here would not help: the second tab's request already carries the old cookie, and other gateway
/// replicas would not see a lock held here).
/// </remarks>
public sealed class MemberSession(Step3State state, PortalClient portal, IHttpContextAccessor httpContextAccessor,
    IOptions<MemberSessionOptions> options)
{
    // Renew a little early so that a token does not expire between our check and the service's.
    private static readonly TimeSpan ExpiryMargin = TimeSpan.FromSeconds(30);

    private MemberSessionState? _current;
    private bool _read;

    private HttpContext Context => httpContextAccessor.HttpContext ?? throw new InvalidOperationException("No request.");

    /// <summary>The member's session, or null when not signed in or the session has <see cref="Ended"/>.</summary>
    public MemberSessionState? Current
    {
        get
        {
            if (!_read)
            {
                _current = state.ReadSession(Context.Request);
                _read = true;
                if (_current?.HasEnded(state.Now) == true)
                {
                    // The cookie stays until the sign-in page has said why the member is back there.
                    Ended = true;
                    _current = null;
                }
            }
            return _current;
        }
    }

    /// <summary>This browser's session reached its absolute end: the member must sign in again.</summary>
    public bool Ended { get; private set; }

    public void SignIn(string email, MemberTokens tokens)
    {
        _current = MemberSessionState.Of(email, tokens, state.Now, options.Value.SessionLifetime);
        _read = true;
        Ended = false;
        state.WriteSession(Context.Response, _current);
    }

    /// <summary>
    /// The member changed their own password here: identity-portal revoked every token of the account and answered
    /// fresh ones for this browser, which replace the old pair. The session's absolute end stays as it was.
    /// </summary>
    public void Renew(MemberTokens tokens)
    {
        if (Current is null) return;
        _current = Current.Renewed(tokens, state.Now);
        state.WriteSession(Context.Response, _current);
    }

    /// <summary>The member confirmed a new e-mail address: the session remembers it for the sign-in pages.</summary>
    public void ChangeEmail(string email)
    {
        if (Current is null) return;
        _current = Current with { Email = email };
        state.WriteSession(Context.Response, _current);
    }

    /// <summary>Forgets the session in this browser only (its tokens were refused, or it has ended).</summary>
    public void SignOut()
    {
        _current = null;
        _read = true;
        state.ClearSession(Context.Response);
    }

    /// <summary>
    /// The member's sign-out: the refresh token is revoked at identity-portal so it can never renew again, and the
    /// session and any sign-in in progress leave this browser. When identity-portal cannot be reached the browser is
    /// signed out all the same (the member asked to leave); the token then still ends with the session.
    /// </summary>
    public async Task SignOutAsync(CancellationToken cancellationToken)
    {
        var refreshToken = state.ReadSession(Context.Request)?.RefreshToken;
        if (refreshToken is { Length: > 0 })
        {
            await portal.RevokeAsync(refreshToken, cancellationToken);
        }
        SignOut();
        Ended = false;
        state.ClearSignIn(Context.Response);
    }

    public async Task<MemberCall<T>> CallAsync<T>(Func<MemberSessionState, Task<ServiceResult<T>>> call, CancellationToken cancellationToken)
        where T : class
    {
        if (Current is null)
        {
            return MemberCall<T>.NotSignedIn;
        }
        var refreshed = false;
        if (Current.AccessTokenExpiresAt - ExpiryMargin <= state.Now)
        {
            if (await RefreshAsync(cancellationToken) is { } failure)
            {
                return failure.SignedOut ? MemberCall<T>.NotSignedIn : new MemberCall<T>(false, ServiceResult<T>.Failure(failure.Problem!));
            }
            refreshed = true;
        }

        var result = await call(Current!);
        if (result.Problem is { Status: StatusCodes.Status401Unauthorized } && !refreshed)
        {
            if (await RefreshAsync(cancellationToken) is { } failure)
            {
                return failure.SignedOut ? MemberCall<T>.NotSignedIn : new MemberCall<T>(false, ServiceResult<T>.Failure(failure.Problem!));
            }
            result = await call(Current!);
        }
        if (result.Problem is { Status: StatusCodes.Status401Unauthorized })
        {
            SignOut();
            return MemberCall<T>.NotSignedIn;
        }
        return new MemberCall<T>(false, result);
    }

    private sealed record RefreshFailure(bool SignedOut, ServiceProblem? Problem);

    /// <summary>Null when renewed; otherwise whether the session is over (token refused) or the portal is just unreachable.</summary>
    private async Task<RefreshFailure?> RefreshAsync(CancellationToken cancellationToken)
    {
        if (Current?.RefreshToken is not { Length: > 0 } refreshToken)
        {
            SignOut();
            return new RefreshFailure(true, null);
        }
        var result = await portal.RefreshAsync(refreshToken, cancellationToken);
        if (result.Value is { } tokens)
        {
            _current = Current.Renewed(tokens, state.Now);
            state.WriteSession(Context.Response, _current);
            return null;
        }
        // 400 invalid_grant (used, revoked or expired) and 401: the member has to sign in again.
        if (result.Problem!.Status is StatusCodes.Status400BadRequest or StatusCodes.Status401Unauthorized)
        {
            SignOut();
            return new RefreshFailure(true, null);
        }
        return new RefreshFailure(false, result.Problem);
    }
}
