using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;

namespace Onboarding.Membership.Import;

/// <summary>
/// The roster file of an HTTP request — the raw body (<c>text/csv</c>, <c>application/octet-stream</c>, …) or the
/// file of a <c>multipart/form-data</c> form — copied to a temporary file (deleted on dispose), because the importer
/// reads the file twice: once to detect the encoding, once to import.
/// </summary>
public sealed class RosterUpload : IAsyncDisposable
{
    /// <summary>1 GiB: about ten million roster rows. Kestrel refuses larger bodies with 413.</summary>
    public const long MaxBytes = 1L << 30;

    /// <summary>Raw body types accepted. Browsers send .csv as <c>application/vnd.ms-excel</c> on Windows.</summary>
    public static readonly IReadOnlyList<string> RawContentTypes =
        ["text/csv", "application/csv", "text/plain", "application/octet-stream", "application/vnd.ms-excel"];

    private RosterUpload(FileStream file) => File = file;

    /// <summary>Seekable, positioned at the start.</summary>
    public Stream File { get; }

    /// <summary>The upload, or null when the request's content type is not a way to send a roster file.</summary>
    public static async Task<RosterUpload?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        Stream source;
        var mediaType = MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed.MediaType.Value : null;
        if (string.Equals(mediaType, "multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            var form = await request.ReadFormAsync(cancellationToken);
            var formFile = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
            source = formFile?.OpenReadStream() ?? Stream.Null;
        }
        else if (request.ContentType is null || RawContentTypes.Contains(mediaType ?? "", StringComparer.OrdinalIgnoreCase))
        {
            source = request.Body;
        }
        else
        {
            return null;
        }

        var spool = new FileStream(Path.Combine(Path.GetTempPath(), $"onboarding-roster-{Guid.NewGuid():N}.csv"),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, bufferSize: 64 * 1024,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await source.CopyToAsync(spool, cancellationToken);
            spool.Position = 0;
            return new RosterUpload(spool);
        }
        catch
        {
            await spool.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => File.DisposeAsync();

    /// <summary>Endpoint metadata raising Kestrel's body limit (30 MB by default) to <see cref="MaxBytes"/>.</summary>
    public sealed class SizeLimit : IRequestSizeLimitMetadata
    {
        public long? MaxRequestBodySize => MaxBytes;
    }
}
