namespace Onboarding.OperatorConsole.HelpDesk;

public static class HelpDeskRegistration
{
    /// <summary>The help desk's search and member files (the services' operator APIs, <c>AddOperatorServices</c>).</summary>
    public static IHostApplicationBuilder AddHelpDesk(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<HelpDeskSearch>();
        builder.Services.AddScoped<MemberFiles>();
        return builder;
    }
}
