using System.Net;
using System.Text.Json;

namespace Onboarding.Load.Journeys;

/// <summary>A page as the browser received it: its URL, status, body and where it redirects.</summary>
public sealed record Page(Uri Url, HttpStatusCode Status, string Html, Uri? Location);

/// <summary>
/// One member's browser on the gateway: its own cookies, redirects followed by hand (so that each hop is timed and
/// checked), forms read from the page and posted with their antiforgery tokens. Any answer other than the expected
/// one ends the journey with a <see cref="JourneyFailure"/> naming the step, the request, the status and the code.
/// </summary>
public sealed class GatewayBrowser(HttpClient http, Func<string> step) : IDisposable
{
    private const int MaxRedirects = 10;

    public HttpClient Http => http;

    /// <summary>GET, expecting 200.</summary>
    public async Task<Page> GetAsync(string url)
    {
        var page = await SendAsync(HttpMethod.Get, url, content: null);
        return page.Status == HttpStatusCode.OK ? page : throw Failure(HttpMethod.Get, page);
    }

    /// <summary>GET and follow redirects to a 200 page.</summary>
    public async Task<Page> GetFollowingAsync(string url)
    {
        var page = await SendAsync(HttpMethod.Get, url, content: null);
        return await FollowAsync(page);
    }

    /// <summary>
    /// Posts the page's form (chosen by <paramref name="actionContains"/>) with <paramref name="fields"/> set; the raw
    /// answer (a redirect when the form was accepted, or the page again with its errors).
    /// </summary>
    public async Task<Page> SubmitAsync(Page page, string? actionContains = null, params (string Name, string Value)[] fields)
    {
        var form = PageForm.Find(page.Html, actionContains)
            ?? throw new JourneyFailure(step(), $"form {actionContains} on {page.Url.AbsolutePath}", (int)page.Status, null, "no such form");
        form.With(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)));
        var action = new Uri(page.Url, form.Action is { Length: > 0 } target ? target : page.Url.PathAndQuery);
        return await SendAsync(HttpMethod.Post, action.ToString(), new FormUrlEncodedContent(form.Fields));
    }

    /// <summary>Posts the form and expects a redirect to a path starting with <paramref name="expectedPath"/>; follows it.</summary>
    public async Task<Page> SubmitExpectingAsync(Page page, string expectedPath, string? actionContains = null, params (string Name, string Value)[] fields)
    {
        var answer = await SubmitAsync(page, actionContains, fields);
        ExpectRedirect(answer, expectedPath, HttpMethod.Post);
        return await FollowAsync(answer);
    }

    public void ExpectRedirect(Page answer, string expectedPath, HttpMethod method)
    {
        if (answer.Location is null || !answer.Location.AbsolutePath.StartsWith(expectedPath, StringComparison.Ordinal))
        {
            throw Failure(method, answer, $"expected a redirect to {expectedPath}, got {answer.Location?.AbsolutePath ?? "none"}");
        }
    }

    /// <summary>Follows redirects from <paramref name="page"/> to a 200 page.</summary>
    public async Task<Page> FollowAsync(Page page)
    {
        for (var hop = 0; page.Location is not null && hop < MaxRedirects; hop++)
        {
            page = await SendAsync(HttpMethod.Get, page.Location.ToString(), content: null);
        }
        return page.Status == HttpStatusCode.OK ? page : throw Failure(HttpMethod.Get, page);
    }

    public void Dispose() => http.Dispose();

    private async Task<Page> SendAsync(HttpMethod method, string url, HttpContent? content)
    {
        var target = new Uri(http.BaseAddress!, url);
        using var request = new HttpRequestMessage(method, target) { Content = content };
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request);
        }
        catch (HttpRequestException exception)
        {
            throw new JourneyFailure(step(), RequestKinds.Of(method, "", target), null, null, exception.Message);
        }
        using (response)
        {
            var html = await response.Content.ReadAsStringAsync();
            var location = response.Headers.Location is { } l ? new Uri(target, l) : null;
            return new Page(target, response.StatusCode, html, location);
        }
    }

    private JourneyFailure Failure(HttpMethod method, Page page, string? detail = null) =>
        new(step(), RequestKinds.Of(method, "", page.Url), (int)page.Status, ProblemCode(page.Html), detail ?? Excerpt(page.Html));

    /// <summary>
    /// The <c>code</c> of a problem-details answer; for a page sent back with errors, its first error's text (a page
    /// has no code, and the text is what the member reads); null otherwise.
    /// </summary>
    internal static string? ProblemCode(string body)
    {
        if (body.Contains("error-summary", StringComparison.Ordinal) && PageForm.FirstError(body) is { Length: > 0 } error)
        {
            return $"\"{(error.Length > 80 ? error[..80] : error)}\"";
        }
        if (body.StartsWith('{'))
        {
            try
            {
                using var json = JsonDocument.Parse(body);
                return json.RootElement.TryGetProperty("code", out var code) ? code.ToString() : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }
        var marker = body.IndexOf("data-problem-code=\"", StringComparison.Ordinal);
        if (marker < 0) return null;
        var start = marker + "data-problem-code=\"".Length;
        var end = body.IndexOf('"', start);
        return end > start ? body[start..end] : null;
    }

    private static string Excerpt(string body) => body.Length <= 200 ? body : body[..200];
}
