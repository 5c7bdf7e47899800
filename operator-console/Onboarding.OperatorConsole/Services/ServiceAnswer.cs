using System.Diagnostics.CodeAnalysis;
using System.Net.Http.Json;
using System.Text.Json;

namespace Onboarding.OperatorConsole.Services;

/// <summary>A service's answer: the value, or the problem to show.</summary>
public sealed class ServiceAnswer<T> where T : class
{
    private ServiceAnswer(T? value, ServiceProblem? problem) => (Value, Problem) = (value, problem);

    public T? Value { get; }

    public ServiceProblem? Problem { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Succeeded => Problem is null;

    public static ServiceAnswer<T> Success(T value) => new(value, null);

    public static ServiceAnswer<T> Failure(ServiceProblem problem) => new(null, problem);
}

/// <summary>
/// A service's problem answer (docs/architecture.md §7): its status, <c>code</c>, title and field errors, already in
/// the language the console asked for. <see cref="IsUnavailable"/> when the service could not be reached or answered
/// without a problem body: the page says "try again later" rather than anything the service did not say.
/// </summary>
public sealed record ServiceProblem(int Status, string? Code, string? Title, string? Detail, IReadOnlyDictionary<string, string> FieldErrors)
{
    public bool IsUnavailable => Code is null;

    public static ServiceProblem Unavailable(int status) => new(status, null, null, null, new Dictionary<string, string>());

    internal static async Task<ServiceProblem> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (response.Content.Headers.ContentType?.MediaType is not ("application/problem+json" or "application/json"))
        {
            return Unavailable(status);
        }
        var root = await response.Content.ReadFromJsonAsync<JsonElement>(JsonSerializerOptions.Web, cancellationToken);
        if (root.ValueKind != JsonValueKind.Object || String(root, "code") is not { } code)
        {
            return Unavailable(status);
        }
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in errors.EnumerateObject())
            {
                var message = field.Value.ValueKind switch
                {
                    JsonValueKind.Array => field.Value.EnumerateArray().Select(m => m.ValueKind == JsonValueKind.String ? m.GetString() : null)
                        .FirstOrDefault(m => !string.IsNullOrWhiteSpace(m)),
                    JsonValueKind.String => field.Value.GetString(),
                    _ => null,
                };
                if (message is not null) fields[field.Name] = message;
            }
        }
        return new ServiceProblem(status, code, String(root, "title"), String(root, "detail"), fields);
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
