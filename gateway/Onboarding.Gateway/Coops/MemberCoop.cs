using Microsoft.AspNetCore.DataProtection;
using Onboarding.Gateway.Journey;
using Onboarding.Gateway.Pages.Step1;
using Onboarding.Gateway.Pages.Step3;

namespace Onboarding.Gateway.Coops;

/// <summary>The co-op membership named for a signed-in member (from the mypage's progress answer), tied to that member.</summary>
public sealed record MemberCoopState(string MemberId, string Coop);

/// <summary>
/// The co-op of the member this browser is acting for, and its contact, for the pages' help text. Nothing is asked of
/// membership for it: the co-op comes with answers the pages get anyway (see docs/architecture.md, "The co-op to contact").
/// <list type="bullet">
/// <item>Signed in (STEP 3, mypage): the co-op remembered for this very member id, written when the mypage read the
/// member's progress (<see cref="MemberCoopCapture"/>); before that, the co-op of STEP 1 confirmed in this browser
/// with the address the member signed in with (same person); otherwise none.</item>
/// <item>Not signed in: the co-op of this browser's STEP 1 lookup (STEP 1 after the lookup, resume), or of the STEP 1
/// confirmed here (the done page, STEP 2).</item>
/// </list>
/// None, or a co-op not in the directory, leaves the help text with a link to the list page. One per request.
/// </summary>
public sealed class MemberCoop(
    CoopDirectory directory, MemberCoopStore store, Step1State step1, MemberSession session, IHttpContextAccessor httpContextAccessor)
{
    private (bool Known, string? Coop) _coop;

    private HttpContext Context => httpContextAccessor.HttpContext ?? throw new InvalidOperationException("No request.");

    /// <summary>The roster's <c>coop</c> value for this browser's member, or null when the member is not identified.</summary>
    public string? Coop
    {
        get
        {
            if (!_coop.Known)
            {
                _coop = (true, Resolve());
            }
            return _coop.Coop;
        }
    }

    /// <summary>The member's own co-op's contact; null before the member is identified or when the co-op is not listed.</summary>
    public CoopContact? Contact => directory.Find(Coop);

    /// <summary>Remembers the co-op membership gave for the signed-in member, for this and later pages.</summary>
    public void Remember(string memberId, string coop)
    {
        store.Write(Context.Response, new MemberCoopState(memberId, coop));
        _coop = (true, coop);
    }

    private string? Resolve()
    {
        var request = Context.Request;
        if (session.Current is { } signedIn)
        {
            if (store.Read(request) is { } remembered && remembered.MemberId == signedIn.MemberId)
            {
                return remembered.Coop;
            }
            // STEP 1 confirmed in this browser with the address the member signed in with: the same member.
            var confirmed = step1.ReadConfirmed(request);
            return confirmed is not null && string.Equals(confirmed.Email, signedIn.Email, StringComparison.OrdinalIgnoreCase)
                ? confirmed.Coop
                : null;
        }
        // The latest lookup in this browser (an expired one still names who identified themselves), else the member
        // who confirmed STEP 1 here (the lookup is forgotten then).
        return step1.ReadLookup(request).Lookup?.Coop ?? step1.ReadConfirmed(request)?.Coop;
    }
}

/// <summary>The <see cref="MemberCoopState"/> cookie: HttpOnly and encrypted like every piece of journey state.</summary>
public sealed class MemberCoopStore(IDataProtectionProvider dataProtection, TimeProvider clock)
{
    public const string CookieName = ".Onboarding.Coop";

    // As long as a member session can last at most (Step3State's session cookie).
    private readonly ProtectedCookie<MemberCoopState> _cookie =
        new(dataProtection, CookieName, "Onboarding.Gateway.Coops.Member.v1", TimeSpan.FromHours(12));

    public MemberCoopState? Read(HttpRequest request) => _cookie.Read(request, clock.GetUtcNow());

    public void Write(HttpResponse response, MemberCoopState state) => _cookie.Write(response, state, clock.GetUtcNow());
}
