using System.Globalization;
using CsvHelper;
using Onboarding.OperatorConsole.Localization;

namespace Onboarding.OperatorConsole.Audit;

/// <summary>
/// The audit log as CSV for Excel: UTF-8 with a BOM (without one, Excel reads Japanese as Shift_JIS and garbles it),
/// CRLF line ends, RFC 4180 quoting, and cells that Excel would run as a formula (<c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c>, tab, CR first) prefixed with a quote mark, so that a reason typed by staff can never become one.
/// Times are in Japan time with their offset.
/// </summary>
public static class AuditCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly CsvWriterOptions Options = new()
    {
        NewLine = "\r\n",
        Injection = CsvInjection.Escape,
        WriteByteOrderMark = true,
    };

    public static readonly string[] Header = ["id", "at", "staff", "action", "subject", "reason", "details"];

    public static string FileName(DateTimeOffset now) =>
        $"audit-log-{TimeZoneInfo.ConvertTime(now, ConsoleLanguage.JapanTime):yyyyMMdd-HHmmss}.csv";

    public static async Task<byte[]> WriteAsync(IAsyncEnumerable<AuditEntry> entries, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await using (var csv = CsvWriter.Create(buffer, Options, leaveOpen: true))
        {
            csv.WriteRecord(Header);
            await foreach (var entry in entries.WithCancellation(cancellationToken))
            {
                csv.WriteRecord(
                [
                    entry.Id.ToString(CultureInfo.InvariantCulture),
                    TimeZoneInfo.ConvertTime(entry.At, ConsoleLanguage.JapanTime).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
                    entry.Staff,
                    entry.Action,
                    entry.Subject ?? "",
                    entry.Reason ?? "",
                    entry.Details ?? "",
                ]);
            }
            await csv.FlushAsync(cancellationToken);
        }
        return buffer.ToArray();
    }
}
