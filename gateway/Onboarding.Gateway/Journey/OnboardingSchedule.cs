namespace Onboarding.Gateway.Journey;

/// <summary>The programme's dates, from configuration section <c>Onboarding</c>.</summary>
public sealed class OnboardingSchedule
{
    public const string SectionName = "Onboarding";

    /// <summary>The first day on which e-money stops working for members who have not completed all three steps.</summary>
    public DateOnly CutoverDate { get; set; } = new(2027, 1, 1);

    /// <summary>The last day on which registering still keeps the e-money working without a gap.</summary>
    public DateOnly LastRegistrationDay => CutoverDate.AddDays(-1);
}

public static class OnboardingScheduleRegistration
{
    public static IHostApplicationBuilder AddOnboardingSchedule(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<OnboardingSchedule>(builder.Configuration.GetSection(OnboardingSchedule.SectionName));
        return builder;
    }
}
