using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Onboarding.Testing.Http;

/// <summary>
/// The hostile-input table: every JSON endpoint a service maps (read from its own endpoint data source, so a new
/// endpoint is covered without anyone listing it) gets malformed JSON, JSON of the wrong types and shape, invalid
/// UTF-8, nesting past the reader's depth, an oversized body and a wrong content type. Each must be answered with its
/// 4xx, <c>application/problem+json</c>, a stable <c>code</c> and a title in the asked language.
/// </summary>
public static partial class HostileInput
{
    public const string MalformedJson = "malformed_json";

    /// <summary>One kind of bad request: what to send to an endpoint whose body is <c>Type</c>, and the answer due.</summary>
    public sealed record Probe(string Name, int Status, string Code, Func<Type, HttpContent> Body);

    public static readonly IReadOnlyList<Probe> Probes =
    [
        new("malformed JSON", 400, MalformedJson, _ => Json("""{"memberNumber": "1234""")),
        new("wrong types", 400, MalformedJson, type => Json(JsonSerializer.Serialize(WrongTypes(type)))),
        new("an array instead of an object", 400, MalformedJson, _ => Json("[1, 2, 3]")),
        new("null instead of an object", 400, "malformed_request", _ => Json("null")),
        new("invalid UTF-8", 400, MalformedJson, type => Json(
            [.. Encoding.UTF8.GetBytes($$"""{"{{FirstProperty(type)}}": """), 0x22, 0xC3, 0x28, 0xFF, 0x22, 0x7D])),
        new("nesting 200 deep", 400, MalformedJson, type => Json(
            $$"""{"{{FirstProperty(type)}}": {{new string('[', 200)}}{{new string(']', 200)}}}""")),
        new("a 2 MiB body", 413, "request_too_large", type => Json(
            $$"""{"{{FirstProperty(type)}}": "{{new string('1', 2 * 1024 * 1024)}}"}""")),
        new("text/plain instead of JSON", 415, "unsupported_media_type", _ =>
            new StringContent("{}", Encoding.UTF8, "text/plain")),
    ];

    /// <summary>The JSON endpoints of the service behind <paramref name="services"/>: method, a concrete path, body type.</summary>
    public static IReadOnlyList<(string Method, string Path, Type BodyType)> JsonEndpoints(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(endpoint => (endpoint,
                accepts: endpoint.Metadata.GetMetadata<IAcceptsMetadata>(),
                method: endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.FirstOrDefault()))
            .Where(e => e.accepts is { RequestType: not null } && e.method is not null
                        && e.accepts.ContentTypes.Any(type => type.Contains("json", StringComparison.OrdinalIgnoreCase)))
            .Select(e => (e.method!, RouteParameter().Replace(e.endpoint.RoutePattern.RawText!, _ => Guid.NewGuid().ToString()),
                e.accepts!.RequestType!))
            .ToList();

    /// <summary>
    /// Sends every probe to every JSON endpoint, in Japanese and in English; returns one line per wrong answer
    /// (empty when all are right). <paramref name="authorize"/> adds what the endpoints need to get as far as
    /// reading the body (a member's token, the operator key).
    /// </summary>
    public static async Task<IReadOnlyList<string>> CheckAsync(HttpClient client, IServiceProvider services,
        Action<HttpRequestMessage>? authorize = null)
    {
        var endpoints = JsonEndpoints(services);
        if (endpoints.Count == 0) return ["the service maps no JSON endpoint: nothing was checked"];
        var wrong = new List<string>();
        foreach (var (method, path, bodyType) in endpoints)
        foreach (var probe in Probes)
        foreach (var language in new[] { "ja", "en" })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = probe.Body(bodyType) };
            request.Headers.AcceptLanguage.ParseAdd(language);
            authorize?.Invoke(request);
            using var response = await client.SendAsync(request);
            var problem = await ReadProblemAsync(response);
            var where = $"{method} {path} — {probe.Name} ({language}):";
            if ((int)response.StatusCode != probe.Status) wrong.Add($"{where} status {(int)response.StatusCode}, expected {probe.Status}");
            if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                wrong.Add($"{where} content type {response.Content.Headers.ContentType?.MediaType ?? "none"}");
            if (problem.Code != probe.Code) wrong.Add($"{where} code {problem.Code ?? "none"}, expected {probe.Code}");
            if (!IsIn(language, problem.Title)) wrong.Add($"{where} title \"{problem.Title}\" is not in {language}");
        }
        return wrong;
    }

    private static bool IsIn(string language, string? title) =>
        !string.IsNullOrWhiteSpace(title) && (language == "en" ? title.All(char.IsAscii) : title.Any(c => c > 0x3000));

    private static async Task<(string? Code, string? Title)> ReadProblemAsync(HttpResponseMessage response)
    {
        try
        {
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return (body.RootElement.TryGetProperty("code", out var code) ? code.GetString() : null,
                body.RootElement.TryGetProperty("title", out var title) ? title.GetString() : null);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    /// <summary>Every property of the body with a value of another JSON type: numbers for strings, text for the rest.</summary>
    private static Dictionary<string, object> WrongTypes(Type bodyType) =>
        Properties(bodyType).ToDictionary(
            property => JsonNamingPolicy.CamelCase.ConvertName(property.Name),
            property => property.PropertyType == typeof(string) ? (object)123456789012 : "not-a-" + property.PropertyType.Name);

    private static string FirstProperty(Type bodyType) =>
        JsonNamingPolicy.CamelCase.ConvertName(Properties(bodyType).FirstOrDefault()?.Name ?? "value");

    private static IEnumerable<PropertyInfo> Properties(Type bodyType) =>
        bodyType.GetProperties(BindingFlags.Public | BindingFlags.Instance);

    private static ByteArrayContent Json(string text) => Json(Encoding.UTF8.GetBytes(text));

    private static ByteArrayContent Json(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
