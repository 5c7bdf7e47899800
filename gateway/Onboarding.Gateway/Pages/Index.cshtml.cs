using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Onboarding.Gateway.Journey;

namespace Onboarding.Gateway.Pages;

/// <summary>The landing page: why to register, by when, and the three steps in order.</summary>
public sealed class IndexModel(IOptionsSnapshot<OnboardingSchedule> schedule) : PageModel
{
    public OnboardingSchedule Schedule { get; } = schedule.Value;
}
