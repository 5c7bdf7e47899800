using Onboarding.Gateway.Membership;

namespace Onboarding.Gateway.Services;

/// <summary>
/// An RFC 9457 answer of a service (membership, identity-portal, wallet-link: they share the problem shape of
/// docs/architecture.md §7). <see cref="Title"/> and <see cref="FieldErrors"/> are already in the member's language (the
/// gateway sends it as <c>Accept-Language</c>).
/// </summary>
public sealed record ServiceProblem(
    int Status,
    string Code,
    string? Title,
    IReadOnlyDictionary<string, string> FieldErrors,
    int? AttemptsRemaining,
    int? RetryAfterSeconds)
{
    public static ServiceProblem Unavailable(int status) =>
        new(status, ProblemCodes.ServiceUnavailable, null, new Dictionary<string, string>(), null, null);
}

/// <summary>Either the service's answer or the problem it reported; never both.</summary>
public sealed record ServiceResult<T>(T? Value, ServiceProblem? Problem) where T : class
{
    public bool Succeeded => Problem is null;

    public static ServiceResult<T> Success(T value) => new(value, null);

    public static ServiceResult<T> Failure(ServiceProblem problem) => new(null, problem);
}
