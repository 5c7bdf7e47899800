using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.ServiceDefaults.OpenApi;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Operator endpoints (roster import, test mails, ...) need the operator credential: the <c>X-Operator-Key</c>
/// header must equal the configured <c>Operator:ApiKey</c> (an Aspire secret parameter). Compared in fixed time.
/// </summary>
public static class OperatorAccess
{
    public const string HeaderName = "X-Operator-Key";

    public static TBuilder RequireOperatorKey<TBuilder>(this TBuilder endpoints) where TBuilder : IEndpointConventionBuilder =>
        endpoints.WithMetadata(OperatorKeyRequired.Instance).AddEndpointFilter(async (context, next) =>
        {
            var configuration = context.HttpContext.RequestServices.GetRequiredService<IConfiguration>();
            var expected = configuration["Operator:ApiKey"];
            var given = context.HttpContext.Request.Headers[HeaderName].ToString();
            if (string.IsNullOrEmpty(expected) || !FixedTimeEquals(expected, given))
            {
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status401Unauthorized,
                    title: "Operator credential required",
                    extensions: new Dictionary<string, object?> { ["code"] = "operator_credential_required" });
            }
            return await next(context);
        });

    private static bool FixedTimeEquals(string expected, string given) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(given));
}
