namespace Onboarding.OperatorConsole.Pages.Roster;

public static class RosterReportsRegistration
{
    /// <summary>The import reports kept for the rejected rows' download (<see cref="RosterReports"/>).</summary>
    public static IHostApplicationBuilder AddRosterReports(this IHostApplicationBuilder builder)
    {
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<RosterReports>();
        return builder;
    }
}
