using Onboarding.Gateway.Membership;
using Onboarding.Gateway.Portal;

namespace Onboarding.Gateway.Step3;

/// <summary>What a call made as the member came to: signed out (no session, or it could not be renewed), or the answer.</summary>
public sealed record MemberCall<T>(bool SignedOut, MembershipResult<T>? Result) where T : class
{
    public static MemberCall<T> NotSignedIn { get; } = new(true, null);
}

/// <summary>
/// Calls services as the signed-in member with a valid access token: refreshes it first when it has expired (or is
/// about to), and once more when a service still answers 401 (revoked, or clocks apart). Refresh tokens rotate, so
/// every refresh writes the new pair back to the cookie at once. One instance per request.
/// </summary>
public sealed class MemberSession(Step3State state, PortalClient portal, IHttpContextAccessor httpContextAccessor)
{
    // Renew a little early so that a token does not expire between our check and the service's.
    private static readonly TimeSpan ExpiryMargin = TimeSpan.FromSeconds(30);

    private MemberSessionState? _current;
    private bool _read;

    private HttpContext Context => httpContextAccessor.HttpContext ?? throw new InvalidOperationException("No request.");

    public MemberSessionState? Current
    {
        get
        {
            if (!_read)
            {
                _current = state.ReadSession(Context.Request);
                _read = true;
            }
            return _current;
        }
    }

    public void SignIn(string email, MemberTokens tokens)
    {
        _current = MemberSessionState.Of(email, tokens, state.Now);
        _read = true;
        state.WriteSession(Context.Response, _current);
    }

    public void SignOut()
    {
        _current = null;
        _read = true;
        state.ClearSession(Context.Response);
    }

    public async Task<MemberCall<T>> CallAsync<T>(Func<MemberSessionState, Task<MembershipResult<T>>> call, CancellationToken cancellationToken)
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
                return failure.SignedOut ? MemberCall<T>.NotSignedIn : new MemberCall<T>(false, MembershipResult<T>.Failure(failure.Problem!));
            }
            refreshed = true;
        }

        var result = await call(Current!);
        if (result.Problem is { Status: StatusCodes.Status401Unauthorized } && !refreshed)
        {
            if (await RefreshAsync(cancellationToken) is { } failure)
            {
                return failure.SignedOut ? MemberCall<T>.NotSignedIn : new MemberCall<T>(false, MembershipResult<T>.Failure(failure.Problem!));
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

    private sealed record RefreshFailure(bool SignedOut, MembershipProblem? Problem);

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
