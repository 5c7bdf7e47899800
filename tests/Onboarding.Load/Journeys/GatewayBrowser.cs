using System.Net;
using System.Text.Json;

namespace Onboarding.Load.Journeys;

/// <summary>A page as the browser received it: its URL, status, body and where it redirects.</summary>
public sealed record Page(Uri Url, HttpStatusCode Status, string Html, Uri? Location);

/// <summary>
/// One member's browser on the gateway: its own cookies, redirects followed by hand (so that each hop is timed and
/// checked), forms read from the page and posted with their antiforgery tokens. Any answer other than the expected
/// one ends the journey with a <see cref="JourneyFailure"/> naming the step, the request, the status and the code.
/// A retryable answer (<see cref="IsRetryable"/>) is pressed again as <paramref name="presses"/> says, each press
/// reported to <paramref name="pressedAgain"/>.
/// </summary>
public sealed class GatewayBrowser(HttpClient http, Func<string> step, RetryPresses? presses = null, Action<string>? pressedAgain = null) : IDisposable
{
    private const int MaxRedirects = 10;

    /// <summary>What the gateway's pages say when a service cannot be reached (UiText.ProblemServiceUnavailableTitle).</summary>
    private static readonly string[] UnavailableMessages = ["ただいまサービスに接続できません", "The service cannot be reached right now"];

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
        return await SendAsync(HttpMethod.Post, action.ToString(), () => new FormUrlEncodedContent(form.Fields));
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

    /// <summary>
    /// Whether an answer tells the member to try again later: the gateway's "cannot be reached" message (on a page sent
    /// back with errors, or a problem's title), or a 502/503/504.
    /// </summary>
    internal static bool IsRetryable(HttpStatusCode status, string body) =>
        status is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout
        || UnavailableMessages.Any(message => body.Contains(message, StringComparison.Ordinal));

    /// <summary>Sends the request; a retryable answer, or none, is pressed again after a pause while presses are left.</summary>
    private async Task<Page> SendAsync(HttpMethod method, string url, Func<HttpContent>? content)
    {
        var target = new Uri(http.BaseAddress!, url);
        var allowed = presses ?? RetryPresses.None;
        for (var press = 0; ; press++)
        {
            var (page, failure) = await SendOnceAsync(method, target, content?.Invoke());
            var retryable = failure is not null || IsRetryable(page!.Status, page.Html);
            if (!retryable) return page!;
            if (press >= allowed.Tries)
            {
                // A page that says "try again later" goes back to the caller, which reports it with its status and text.
                if (failure is null) return page!;
                throw new JourneyFailure(step(), RequestKinds.Of(method, "", target), null, null, failure, allowed.Tries > 0 ? FailureKind.Retryable : FailureKind.Error);
            }
            pressedAgain?.Invoke($"{step()} {RequestKinds.Of(method, "", target)} pressed again after {(failure is null ? (int)page!.Status : "no answer")}");
            await Task.Delay(allowed.Pause);
        }
    }

    /// <summary>One request: the page, or why there was no answer (refused, reset, timed out).</summary>
    private async Task<(Page? Page, string? NoAnswer)> SendOnceAsync(HttpMethod method, Uri target, HttpContent? content)
    {
        using var request = new HttpRequestMessage(method, target) { Content = content };
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            // No CancellationToken is passed, so a TaskCanceledException is the client's timeout: no answer either.
            return (null, exception.Message);
        }
        using (response)
        {
            var html = await response.Content.ReadAsStringAsync();
            var location = response.Headers.Location is { } l ? new Uri(target, l) : null;
            return (new Page(target, response.StatusCode, html, location), null);
        }
    }

    private JourneyFailure Failure(HttpMethod method, Page page, string? detail = null) =>
        new(step(), RequestKinds.Of(method, "", page.Url), (int)page.Status, ProblemCode(page.Html), detail ?? Excerpt(page.Html),
            (presses?.Tries ?? 0) > 0 && IsRetryable(page.Status, page.Html) ? FailureKind.Retryable : FailureKind.Error);

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
