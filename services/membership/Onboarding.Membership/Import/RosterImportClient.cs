using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Onboarding.Membership.Import;

/// <summary>
/// Sends a roster file to the membership service's operator endpoint and sums up the answer in one line — what a
/// dashboard command shows. Depends on nothing but the BCL, so the AppHost can compile this file in
/// (<c>&lt;Compile Include="…/Import/RosterImportClient.cs" Link="…" /&gt;</c>) without referencing the service.
/// </summary>
/// <param name="http">Its <c>BaseAddress</c> is the membership service (e.g. its <c>http</c> endpoint); set a
/// <c>Timeout</c> fit for large rosters (a million rows take about a minute).</param>
/// <param name="operatorKey">The operator credential (<c>Operator:ApiKey</c>).</param>
public sealed class RosterImportClient(HttpClient http, string operatorKey)
{
    public const string Path = "/api/membership/operator/roster-imports";

    /// <summary>Streams the file at <paramref name="filePath"/> as <c>text/csv</c>; never throws for an HTTP error.</summary>
    public async Task<RosterImportOutcome> ImportFileAsync(string filePath, string language = "ja", CancellationToken cancellationToken = default)
    {
        if (!File.Exists(filePath)) return new RosterImportOutcome(false, 0, $"No such file: {filePath}", "");

        await using var file = new FileStream(filePath, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
        using var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new StreamContent(file, 64 * 1024) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        request.Headers.Add("X-Operator-Key", operatorKey);
        request.Headers.AcceptLanguage.ParseAdd(language);

        using var response = await http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return new RosterImportOutcome(response.IsSuccessStatusCode, (int)response.StatusCode, Summarize(response.IsSuccessStatusCode, (int)response.StatusCode, body), body);
    }

    private static string Summarize(bool success, int status, string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            if (success)
            {
                return $"Import {root.GetProperty("importId").GetString()}: {root.GetProperty("rows").GetInt32()} rows, "
                    + $"{root.GetProperty("inserted").GetInt32()} inserted, {root.GetProperty("updated").GetInt32()} updated, "
                    + $"{root.GetProperty("unchanged").GetInt32()} unchanged, {root.GetProperty("rejected").GetInt32()} rejected";
            }
            var title = root.TryGetProperty("title", out var t) ? t.GetString() : null;
            var detail = root.TryGetProperty("detail", out var d) ? d.GetString() : null;
            return $"HTTP {status}: {title} {detail}".Trim();
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            return $"HTTP {status}";
        }
    }
}

/// <param name="Succeeded">The import committed (HTTP 2xx).</param>
/// <param name="Summary">One line for the dashboard: the counts, or the problem's title and detail.</param>
/// <param name="Body">The full JSON answer: the report with its rejections, or the problem details.</param>
public sealed record RosterImportOutcome(bool Succeeded, int StatusCode, string Summary, string Body);
