using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Onboarding.OperatorConsole.Security;

/// <summary>
/// The sign-in pages (password, code, enrolment) answer one client address at most
/// <c>OperatorConsole:SignInPermitsPerMinute</c> requests a minute (default 30), then 429: the account lock-out stops
/// guessing at one account, this stops one client from trying many accounts (and filling the audit log with the
/// attempts). The console takes no forwarded headers, so behind a proxy every client shares the proxy's budget: raise it
/// there.
/// </summary>
public static class SignInRateLimit
{
    public const string Policy = "sign-in";
    public const int DefaultPermitsPerMinute = 30;

    public static IHostApplicationBuilder AddSignInRateLimit(this IHostApplicationBuilder builder)
    {
        var permits = builder.Configuration.GetValue("OperatorConsole:SignInPermitsPerMinute", DefaultPermitsPerMinute);
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Policy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return builder;
    }
}
