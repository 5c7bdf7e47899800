namespace Onboarding.Membership.Import;

/// <summary>What one roster import did.</summary>
/// <param name="Encoding"><c>utf-8-bom</c>, <c>utf-8</c> or <c>shift_jis</c>.</param>
/// <param name="Rows">Data rows read (the header and blank lines are not rows).</param>
/// <param name="Unchanged">Valid rows whose member was already on file exactly so.</param>
/// <param name="Rejected">All rejected rows; <paramref name="Rejections"/> lists the first <see cref="RosterImporter.MaxListedRejections"/>.</param>
public sealed record RosterImportReport(
    Guid ImportId,
    string Encoding,
    int Rows,
    int Inserted,
    int Updated,
    int Unchanged,
    int Rejected,
    IReadOnlyList<RosterRejection> Rejections,
    TimeSpan Duration)
{
    public bool RejectionsTruncated => Rejections.Count < Rejected;
}

/// <summary>The file as a whole cannot be imported (nothing was changed); <see cref="Code"/> says why.</summary>
public sealed class RosterFileException(string code, IReadOnlyList<string>? missingColumns = null)
    : Exception($"The roster file cannot be imported: {code}.")
{
    /// <summary>No data rows at all (an empty file, or only a header / blank lines).</summary>
    public const string Empty = "roster_file_empty";

    /// <summary>The first row is not a header naming the required columns.</summary>
    public const string HeaderUnrecognised = "roster_header_unrecognised";

    public string Code { get; } = code;

    /// <summary>For <see cref="HeaderUnrecognised"/>: the required columns the header lacks.</summary>
    public IReadOnlyList<string> MissingColumns { get; } = missingColumns ?? [];
}
