using System.Globalization;
using CsvHelper;
using Microsoft.Extensions.Caching.Memory;
using Onboarding.OperatorConsole.Localization;
using Onboarding.OperatorConsole.Services;

namespace Onboarding.OperatorConsole.Pages.Roster;

/// <summary>
/// The last import reports, kept in memory for <see cref="Lifetime"/> under the staff member's id and the import's id,
/// so that the rejected rows can be downloaded after the report is shown without the console storing them in
/// consoledb, a cookie or the page (they name member numbers). Only whoever ran the import can fetch it; a restart
/// forgets them, which only means importing again to see them.
/// </summary>
public sealed class RosterReports(IMemoryCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    public void Keep(Guid staffId, RosterImportReport report) =>
        cache.Set(Key(staffId, report.ImportId), report, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime });

    public RosterImportReport? Find(Guid staffId, Guid importId) => cache.Get<RosterImportReport>(Key(staffId, importId));

    private static string Key(Guid staffId, Guid importId) => $"roster-report:{staffId:N}:{importId:N}";
}

/// <summary>
/// The rejected rows as CSV for Excel, the house way (Audit/AuditCsv.cs): UTF-8 with a BOM, CRLF, RFC 4180 quoting,
/// and a cell that would start a formula (<c>= + - @</c>, tab, CR) prefixed with a quote mark — a member number is
/// only listed when valid, but nothing from a roster is ours to trust.
/// </summary>
public static class RejectionsCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly CsvWriterOptions Options = new()
    {
        NewLine = "\r\n",
        Injection = CsvInjection.Escape,
        WriteByteOrderMark = true,
    };

    public static string FileName(Guid importId) => $"roster-rejections-{importId:N}.csv";

    public static async Task<byte[]> WriteAsync(RosterImportReport report, ConsoleLanguage text, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await using (var csv = CsvWriter.Create(buffer, Options, leaveOpen: true))
        {
            csv.WriteRecord(ConsoleText.RosterRejectionsHeader.Select(header => text[header]).ToArray());
            foreach (var row in report.Rejections)
            {
                csv.WriteRecord(
                [
                    row.Line.ToString(CultureInfo.InvariantCulture),
                    row.MemberNumber ?? "",
                    row.Field,
                    row.Reason,
                    row.DuplicateOfLine?.ToString(CultureInfo.InvariantCulture) ?? "",
                    row.Message,
                ]);
            }
            await csv.FlushAsync(cancellationToken);
        }
        return buffer.ToArray();
    }
}
