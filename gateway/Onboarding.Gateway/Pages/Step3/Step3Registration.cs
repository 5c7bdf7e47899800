using Onboarding.Gateway.Wallet;

namespace Onboarding.Gateway.Pages.Step3;

public static class Step3Registration
{
    /// <summary>
    /// What the STEP 3 pages need: the wallet-link client, the protected sign-in and session cookies, and the member
    /// session that renews tokens. The portal and membership clients come with STEP 1 and STEP 2.
    /// </summary>
    public static IHostApplicationBuilder AddStep3(this IHostApplicationBuilder builder)
    {
        builder.AddWalletClient();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<Step3State>();
        builder.Services.AddScoped<PasswordResetState>();
        builder.Services.AddScoped<Settings.SettingsState>();
        builder.Services.AddScoped<MemberSession>();
        builder.Services.AddOptions<MemberSessionOptions>().BindConfiguration(MemberSessionOptions.Section);
        return builder;
    }
}
