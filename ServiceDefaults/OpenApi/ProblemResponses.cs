using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Onboarding.ServiceDefaults.OpenApi;

/// <summary>
/// Problem statuses a handler answers on purpose, for its OpenAPI operation: a handler's <c>ProblemHttpResult</c>
/// carries no status the document generator could see.
/// </summary>
public sealed record ProblemResponses(IReadOnlyList<(int Status, string Description)> Statuses);

/// <summary>An endpoint whose errors are OAuth's (RFC 6749 §5.2: <c>error</c>, <c>error_description</c>), not problems.</summary>
public sealed class OAuthErrorResponses
{
    public static readonly OAuthErrorResponses Instance = new();
}

/// <summary>Metadata of endpoints behind <see cref="Microsoft.Extensions.Hosting.OperatorAccess.RequireOperatorKey{TBuilder}"/>.</summary>
public sealed class OperatorKeyRequired
{
    public static readonly OperatorKeyRequired Instance = new();
}

public static class DocumentedProblems
{
    /// <summary>Documents the problems this endpoint answers, e.g. <c>(404, "member_not_found")</c>.</summary>
    public static TBuilder ProducesProblems<TBuilder>(this TBuilder endpoint, params (int Status, string Description)[] statuses)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.WithMetadata(new ProblemResponses(statuses));

    public static TBuilder AnswersOAuthErrors<TBuilder>(this TBuilder endpoint) where TBuilder : IEndpointConventionBuilder =>
        endpoint.WithMetadata(OAuthErrorResponses.Instance);

    /// <summary>400 <c>validation_failed</c> with per-field <c>errors</c> and <c>errorCodes</c>.</summary>
    public static (int, string) ValidationFailed => (StatusCodes.Status400BadRequest,
        "validation_failed: errors and errorCodes name each field that is missing or malformed.");
}
