using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Onboarding.OperatorConsole.Services;

/// <summary>
/// One service's operator API (<c>/api/&lt;service&gt;/operator/…</c>, docs/architecture.md §9.1), called with that
/// service's own operator key (set on the named client, <see cref="OperatorServicesRegistration"/>). Every request asks
/// for the language the page is shown in, so the service's problems come back in the staff member's language. Answers
/// are never thrown: a page gets the value or a <see cref="ServiceProblem"/> to show.
/// </summary>
public sealed partial class OperatorService(HttpClient http, ILogger<OperatorService> logger)
{
    /// <summary>The service's name (<c>membership</c>, …), for logs.</summary>
    public string Name { get; init; } = "";

    public Task<ServiceAnswer<T>> GetAsync<T>(string path, CancellationToken cancellationToken) where T : class =>
        SendAsync<T>(HttpMethod.Get, path, body: null, cancellationToken);

    public Task<ServiceAnswer<T>> PostAsync<T>(string path, object? body, CancellationToken cancellationToken) where T : class =>
        SendAsync<T>(HttpMethod.Post, path, body, cancellationToken);

    /// <summary>
    /// Sends one request; <paramref name="body"/> as JSON, or as it is when it is already <see cref="HttpContent"/> (an
    /// upload).
    /// </summary>
    public async Task<ServiceAnswer<T>> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
        where T : class
    {
        using var request = NewRequest(method, path, body);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                if (await response.Content.ReadFromJsonAsync<T>(JsonSerializerOptions.Web, cancellationToken) is { } value)
                {
                    return ServiceAnswer<T>.Success(value);
                }
                LogUnexpectedAnswer(Name, method.Method, Template(path), (int)response.StatusCode);
                return ServiceAnswer<T>.Failure(ServiceProblem.Unavailable(StatusCodes.Status502BadGateway));
            }
            return ServiceAnswer<T>.Failure(await ServiceProblem.ReadAsync(response, cancellationToken));
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Unreachable, timed out, circuit open, or an answer that is not JSON: the page says "try again later".
            LogUnreachable(exception, Name, method.Method, Template(path));
            return ServiceAnswer<T>.Failure(ServiceProblem.Unavailable(StatusCodes.Status503ServiceUnavailable));
        }
    }

    /// <summary>
    /// A download passed through as it streams (a CSV of members): the caller copies the body and disposes the
    /// response. Null (and logged) when the service does not answer 200.
    /// </summary>
    public async Task<HttpResponseMessage?> DownloadAsync(string path, CancellationToken cancellationToken)
    {
        using var request = NewRequest(HttpMethod.Get, path, body: null);
        try
        {
            var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (response.IsSuccessStatusCode) return response;
            LogUnexpectedAnswer(Name, "GET", Template(path), (int)response.StatusCode);
            response.Dispose();
            return null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogUnreachable(exception, Name, "GET", Template(path));
            return null;
        }
    }

    private static HttpRequestMessage NewRequest(HttpMethod method, string path, object? body)
    {
        var request = new HttpRequestMessage(method, path)
        {
            Content = body switch
            {
                null => null,
                HttpContent content => content,
                _ => JsonContent.Create(body, options: JsonSerializerOptions.Web),
            },
        };
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/problem+json"));
        return request;
    }

    /// <summary>The path without its query and with ids taken out, so logs carry nothing a member could be traced by.</summary>
    private static string Template(string path) =>
        string.Join('/', path.Split('?')[0].Split('/').Select(segment =>
            Guid.TryParse(segment, out _) || segment.Any(char.IsDigit) ? "{id}" : segment));

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Service} {Method} {Path} could not be completed")]
    private partial void LogUnreachable(Exception exception, string service, string method, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Service} {Method} {Path} answered {Status} without a usable body")]
    private partial void LogUnexpectedAnswer(string service, string method, string path, int status);
}
