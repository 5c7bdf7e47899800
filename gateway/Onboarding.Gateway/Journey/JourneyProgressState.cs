using Microsoft.AspNetCore.DataProtection;
using Onboarding.Gateway.Membership;

namespace Onboarding.Gateway.Journey;

/// <summary>
/// Where membership says a member stands, read with a STEP 1 lookup (resume, or a lookup of a member who already did
/// STEP 1). Tied to that lookup, so a later lookup of someone else in the same browser never shows this member's facts.
/// </summary>
public sealed record JourneyProgressState(
    Guid LookupId,
    bool Step1Done,
    bool Step2Done,
    bool Step3Done,
    DateTimeOffset? Step1At,
    DateTimeOffset? CompletedAt,
    string? ConfirmedEmailMasked)
{
    public static JourneyProgressState Of(Guid lookupId, LookupOnboarding progress) =>
        new(lookupId,
            progress.Step1?.Done == true,
            progress.Step2?.Done == true,
            progress.Step3?.Done == true,
            progress.Step1?.At,
            progress.CompletedAt,
            progress.ConfirmedEmailMasked);

    /// <summary>
    /// All three steps done now. Not <see cref="CompletedAt"/> alone: membership keeps it after an unlink (or the portal
    /// account's deletion) while clearing the steps, and such a member has STEP 3 (or 2) to do again (architecture §5.4).
    /// </summary>
    public bool Completed => Step1Done && Step2Done && Step3Done;

    /// <summary>The steps done, in order: a later step counts only when every earlier one is done too.</summary>
    public IReadOnlySet<JourneyStep> DoneSteps
    {
        get
        {
            var done = new HashSet<JourneyStep>();
            if (!Step1Done) return done;
            done.Add(JourneyStep.EmailConfirmation);
            if (!Step2Done) return done;
            done.Add(JourneyStep.PortalRegistration);
            if (Step3Done) done.Add(JourneyStep.WalletAuthentication);
            return done;
        }
    }

    /// <summary>
    /// Where to send the member on: STEP 1's confirm page (the lookup is in the cookie), STEP 2, or STEP 3's sign-in,
    /// which is also the way to the mypage once everything is done.
    /// </summary>
    public string NextPath =>
        !Step1Done ? "/step1/confirm"
        : !Step2Done ? "/step2"
        : "/step3";
}

/// <summary>The <see cref="JourneyProgressState"/> cookie: HttpOnly, encrypted, like every piece of journey state.</summary>
public sealed class JourneyProgressStore(IDataProtectionProvider dataProtection, TimeProvider clock)
{
    public const string CookieName = ".Onboarding.Journey.Progress";

    private readonly ProtectedCookie<JourneyProgressState> _cookie =
        new(dataProtection, CookieName, "Onboarding.Gateway.Journey.Progress.v1", TimeSpan.FromHours(12));

    public JourneyProgressState? Read(HttpRequest request) => _cookie.Read(request, clock.GetUtcNow());

    public void Write(HttpResponse response, JourneyProgressState progress) => _cookie.Write(response, progress, clock.GetUtcNow());

    public void Clear(HttpResponse response) => _cookie.Delete(response);
}
