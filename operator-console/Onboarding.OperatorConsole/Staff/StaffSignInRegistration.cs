using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Onboarding.OperatorConsole.Infrastructure;

namespace Onboarding.OperatorConsole.Staff;

/// <summary>
/// Staff sign in with ASP.NET Core Identity on consoledb: user name and password, then a TOTP code from an
/// authenticator app (enrolled at the first sign-in), into a short cookie that slides while the person works.
/// </summary>
public static class StaffSignInRegistration
{
    public const string SignInPath = "/signin";
    public const string DeniedPath = "/denied";
    public const string EnrolPath = "/enrol";

    public const string CookieName = "onboarding-console";

    /// <summary>How long an idle sign-in lasts (<c>OperatorConsole:SignInLifetime</c>, default 20 minutes); it slides with use.</summary>
    public static readonly TimeSpan DefaultSignInLifetime = TimeSpan.FromMinutes(20);

    /// <summary>Wrong passwords or codes in a row before an account waits (<see cref="LockoutDuration"/>).</summary>
    public const int MaxFailedAttempts = 5;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public static IHostApplicationBuilder AddStaffSignIn(this IHostApplicationBuilder builder)
    {
        var lifetime = builder.Configuration.GetValue("OperatorConsole:SignInLifetime", DefaultSignInLifetime);
        builder.Services.AddIdentity<StaffUser, IdentityRole<Guid>>(options =>
            {
                // Length over composition rules (NIST SP 800-63B): generated passwords are long letters and digits.
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireDigit = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = MaxFailedAttempts;
                options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
                options.User.AllowedUserNameCharacters = StaffUserName.AllowedCharacters;
                // "Confirmed" here means not disabled (EnabledStaffConfirmation): a disabled account cannot sign in.
                options.SignIn.RequireConfirmedAccount = true;
            })
            .AddEntityFrameworkStores<ConsoleDbContext>()
            .AddDefaultTokenProviders()
            .AddUserConfirmation<EnabledStaffConfirmation>()
            .AddTokenProvider<OneTimeAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider);

        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = CookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = lifetime;
            options.SlidingExpiration = true;
            options.LoginPath = SignInPath;
            options.LogoutPath = "/signout";
            options.AccessDeniedPath = DeniedPath;
        });
        // Between the password and the code: five minutes, then the password again.
        builder.Services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, options =>
        {
            options.Cookie.Name = CookieName + "-2fa";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromMinutes(5);
        });
        builder.Services.Configure<SecurityStampValidatorOptions>(options =>
        {
            // Every request checks the account's security stamp, so disabling an account (which changes the stamp)
            // ends its sign-ins at once, not at the next interval.
            options.ValidationInterval = TimeSpan.Zero;
            // The refreshed principal would lose how the person signed in (amr=mfa) and fail every policy.
            options.OnRefreshingPrincipal = context =>
            {
                var methods = context.CurrentPrincipal?.FindAll(StaffPolicies.AuthenticationMethodClaim).ToList() ?? [];
                if (context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity)
                {
                    identity.AddClaims(methods.Select(claim => new System.Security.Claims.Claim(claim.Type, claim.Value)));
                }
                return Task.CompletedTask;
            };
        });
        builder.Services.AddStaffPolicies();
        builder.Services.AddScoped<StaffDirectory>();
        return builder;
    }
}

/// <summary>Identity asks this before every sign-in: a disabled account is "not allowed".</summary>
public sealed class EnabledStaffConfirmation : IUserConfirmation<StaffUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<StaffUser> manager, StaffUser user) => Task.FromResult(!user.IsDisabled);
}
