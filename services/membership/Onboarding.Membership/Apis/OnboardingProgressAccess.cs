using System.Security.Cryptography;
using System.Text;

namespace Onboarding.Membership.Apis;

/// <summary>
/// Who may read a member's onboarding progress: an operator (the <c>X-Operator-Key</c> credential, as on the
/// operator endpoints) or the member themselves, signed in with an access token from identity-portal whose
/// <c>member_id</c> claim is the member in the route. Token validation itself is the authentication middleware's
/// job (ServiceDefaults); this filter only reads the principal it produced.
/// No credential → 401 <c>credential_required</c>; a member asking about someone else → 403 <c>access_denied</c>,
/// before the member is looked up, so the answer does not tell whether that id exists.
/// </summary>
public sealed class OnboardingProgressAccess(IConfiguration configuration) : IEndpointFilter
{
    public const string MemberIdClaim = "member_id";
    public const string RouteKey = "memberId";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (HasOperatorKey(http)) return await next(context);

        var claimed = http.User.Identity?.IsAuthenticated == true ? http.User.FindFirst(MemberIdClaim)?.Value : null;
        if (claimed is null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return Problems.Of(http, StatusCodes.Status401Unauthorized, "credential_required");
        }
        var requested = http.Request.RouteValues[RouteKey]?.ToString();
        if (Guid.TryParse(claimed, out var own) && Guid.TryParse(requested, out var asked) && own == asked) return await next(context);
        return Problems.Of(http, StatusCodes.Status403Forbidden, "access_denied");
    }

    private bool HasOperatorKey(HttpContext http)
    {
        var expected = configuration["Operator:ApiKey"];
        if (string.IsNullOrEmpty(expected) || !http.Request.Headers.TryGetValue(OperatorAccess.HeaderName, out var given)) return false;
        // Fixed time, as ServiceDefaults' OperatorAccess compares it.
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(given.ToString()));
    }
}
