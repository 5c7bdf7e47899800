using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Onboarding.Testing.Smtp;

/// <summary>
/// Reads the inbox of an smtp4dev server through its REST API (<c>/api/Messages</c>), whoever started it: a
/// <see cref="TestSmtpServer"/>, or the AppHost's <c>mail</c> resource (pass that resource's <c>http</c> endpoint).
/// </summary>
public sealed class Smtp4devClient : IDisposable
{
    private const int PageSize = 200;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;

    /// <param name="baseAddress">smtp4dev's web address, e.g. <c>http://127.0.0.1:5000/</c>.</param>
    public Smtp4devClient(Uri baseAddress)
        : this(new HttpClient { BaseAddress = WithTrailingSlash(baseAddress), Timeout = TimeSpan.FromSeconds(30) }, ownsHttp: true)
    {
    }

    /// <param name="http">A client whose <see cref="HttpClient.BaseAddress"/> is smtp4dev's web address.</param>
    public Smtp4devClient(HttpClient http) : this(http, ownsHttp: false)
    {
        if (http.BaseAddress is null) throw new ArgumentException("The HttpClient needs a BaseAddress.", nameof(http));
        http.BaseAddress = WithTrailingSlash(http.BaseAddress);
    }

    private Smtp4devClient(HttpClient http, bool ownsHttp)
    {
        _http = http;
        _ownsHttp = ownsHttp;
    }

    public Uri BaseAddress => _http.BaseAddress!;

    /// <summary>Every message in the default mailbox, newest first.</summary>
    public async Task<IReadOnlyList<Smtp4devMessageSummary>> ListMessagesAsync(CancellationToken cancellationToken = default)
    {
        var messages = new List<Smtp4devMessageSummary>();
        for (var page = 1; ; page++)
        {
            var result = await _http.GetFromJsonAsync<PagedResult>(
                $"api/Messages?page={page}&pageSize={PageSize}&sortColumn=receivedDate&sortIsDescending=true", Json, cancellationToken)
                ?? throw new InvalidOperationException("smtp4dev returned an empty message list.");
            messages.AddRange(result.Results);
            if (page >= result.PageCount || result.Results.Count == 0) return messages;
        }
    }

    /// <summary>Messages addressed to <paramref name="recipient"/> (compared case-insensitively), newest first.</summary>
    public async Task<IReadOnlyList<Smtp4devMessageSummary>> ListMessagesToAsync(string recipient, CancellationToken cancellationToken = default)
    {
        var messages = await ListMessagesAsync(cancellationToken);
        return messages.Where(message => message.IsAddressedTo(recipient)).ToList();
    }

    /// <summary>
    /// Waits until at least one message to <paramref name="recipient"/> arrived and returns the newest;
    /// throws <see cref="TimeoutException"/> when none came within <paramref name="timeout"/>.
    /// </summary>
    public async Task<Smtp4devMessageSummary> WaitForMessageToAsync(
        string recipient, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var messages = await ListMessagesToAsync(recipient, cancellationToken);
            if (messages.Count > 0) return messages[0];
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No mail to {recipient} reached smtp4dev at {BaseAddress} within {timeout}.");
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
    }

    /// <summary>The message's plain-text body, decoded.</summary>
    public async Task<string> GetPlainTextAsync(Guid messageId, CancellationToken cancellationToken = default) =>
        await _http.GetStringAsync($"api/Messages/{messageId}/plaintext", cancellationToken);

    /// <summary>The message's headers and recipients.</summary>
    public async Task<Smtp4devMessage> GetMessageAsync(Guid messageId, CancellationToken cancellationToken = default) =>
        await _http.GetFromJsonAsync<Smtp4devMessage>($"api/Messages/{messageId}", Json, cancellationToken)
        ?? throw new InvalidOperationException($"smtp4dev returned no message {messageId}.");

    /// <summary>Deletes every message in the default mailbox.</summary>
    public async Task DeleteAllAsync(CancellationToken cancellationToken = default)
    {
        using var response = await _http.DeleteAsync("api/Messages/*", cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>True when smtp4dev's API answers and its SMTP server is running.</summary>
    public async Task<bool> IsRunningAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            using var response = await _http.GetAsync("api/Server", cancellationToken);
            if (response.StatusCode != HttpStatusCode.OK) return false;
            var server = await response.Content.ReadFromJsonAsync<ServerStatus>(Json, cancellationToken);
            return server?.IsRunning == true;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        if (_ownsHttp) _http.Dispose();
    }

    private static Uri WithTrailingSlash(Uri address) =>
        address.AbsoluteUri.EndsWith('/') ? address : new Uri(address.AbsoluteUri + "/");

    private sealed record PagedResult(List<Smtp4devMessageSummary> Results, int PageCount);

    private sealed record ServerStatus(bool IsRunning);
}

/// <summary>One row of smtp4dev's message list.</summary>
public sealed record Smtp4devMessageSummary(
    Guid Id,
    string? From,
    IReadOnlyList<string>? To,
    string? DeliveredTo,
    DateTimeOffset ReceivedDate,
    string? Subject)
{
    /// <summary>True when <paramref name="address"/> is among the recipients (display names ignored).</summary>
    public bool IsAddressedTo(string address) =>
        (To ?? []).Append(DeliveredTo ?? "").Any(recipient => string.Equals(Smtp4devAddresses.Bare(recipient), address.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary>A message's details: recipients and headers (the body comes from <see cref="Smtp4devClient.GetPlainTextAsync"/>).</summary>
public sealed record Smtp4devMessage(
    Guid Id,
    string? From,
    IReadOnlyList<string>? To,
    string? Subject,
    DateTimeOffset ReceivedDate,
    IReadOnlyList<Smtp4devHeader>? Headers)
{
    [JsonIgnore]
    public IReadOnlyList<Smtp4devHeader> AllHeaders => Headers ?? [];

    /// <summary>The first header of that name (case-insensitive), or null.</summary>
    public string? Header(string name) =>
        AllHeaders.FirstOrDefault(header => string.Equals(header.Name, name, StringComparison.OrdinalIgnoreCase))?.Value;
}

public sealed record Smtp4devHeader(string Name, string? Value);

internal static class Smtp4devAddresses
{
    /// <summary><c>Taro &lt;taro@example.jp&gt;</c> → <c>taro@example.jp</c>.</summary>
    public static string Bare(string recipient)
    {
        var open = recipient.LastIndexOf('<');
        var close = recipient.LastIndexOf('>');
        return (open >= 0 && close > open ? recipient[(open + 1)..close] : recipient).Trim();
    }
}
