using Onboarding.Gateway.Pages.Step1;
using Onboarding.Gateway.Pages.Step2;
using Onboarding.Gateway.Pages.Step3;

namespace Onboarding.Gateway.Journey;

/// <summary>
/// What the progress indicator shows on a page: the page says which step it belongs to; this adds what the browser
/// knows the member has done, from membership (after a resume or lookup) and from the steps' own cookies. One per request.
/// </summary>
public sealed class JourneyProgressView(
    JourneyProgressStore progress, Step1State step1, Step2State step2, Step3State step3, IHttpContextAccessor httpContextAccessor)
{
    private HttpRequest Request => httpContextAccessor.HttpContext?.Request ?? throw new InvalidOperationException("No request.");

    /// <summary>The page's own view, completed with what is known. Facts from membership replace the page's guess.</summary>
    public StepProgress Complete(StepProgress page)
    {
        // A page that says all is done (the mypage with 登録完了) states a fact, newer than any remembered progress.
        if (page.Current is null && StepProgress.Steps.All(page.Done.Contains)) return page;

        // Only for the member of this browser's current lookup: never someone else's facts on a shared PC.
        var known = progress.Read(Request);
        var fromServer = known is not null && step1.ReadLookup(Request).Lookup?.LookupId == known.LookupId ? known.DoneSteps : null;
        var done = new HashSet<JourneyStep>(fromServer ?? page.Done);
        done.UnionWith(DoneInThisBrowser());
        var current = page.Current ?? (done.Count > 0 ? StepProgress.Steps.Where(step => !done.Contains(step)).Cast<JourneyStep?>().FirstOrDefault() : null);
        return new StepProgress(done, current);
    }

    /// <summary>Steps finished in this browser; a later step done means the earlier ones are too.</summary>
    private IEnumerable<JourneyStep> DoneInThisBrowser()
    {
        var signedIn = step3.ReadSession(Request) is not null;
        var step2Done = signedIn || step2.Read(Request)?.CompletedAt is not null;
        if (step2Done || step1.ReadConfirmed(Request) is not null)
        {
            yield return JourneyStep.EmailConfirmation;
        }
        if (step2Done)
        {
            yield return JourneyStep.PortalRegistration;
        }
    }
}

public static class JourneyRegistration
{
    /// <summary>The resume progress cookie and the progress indicator's view of it.</summary>
    public static IHostApplicationBuilder AddJourney(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<JourneyProgressStore>();
        builder.Services.AddScoped<JourneyProgressView>();
        return builder;
    }
}
