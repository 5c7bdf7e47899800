using System.Text;
using CsvHelper;

namespace Onboarding.Membership.Import;

/// <summary>
/// Reads roster CSV records (RFC 4180) one at a time with CsvHelper's reader: fields separated by commas, records by
/// CRLF, LF or CR, quoted fields with doubled quotes and line breaks inside. Lenient where spreadsheets are sloppy
/// (text after a closing quote is kept, CsvHelper's <see cref="CsvMalformedDataHandling.Recover"/>), strict where data
/// would be lost (an unterminated quote marks the record). Gives the physical line each record starts on, so
/// rejections name the line an operator sees in an editor. This class only adds the roster's rules on top: how long a
/// record may be, and what counts as blank.
/// </summary>
public sealed class RosterCsvReader : IDisposable
{
    /// <summary>A record longer than this is not kept in memory (it is reported as too long, not imported).</summary>
    public const int MaxRecordChars = 16 * 1024;

    /// <summary>
    /// The most (UTF-8 bytes) the parser buffers for one record that is still open — an unterminated quote in a 1 GiB
    /// file must not pull the whole file into memory. Past it, the record is reported as too long and reading stops,
    /// because CsvHelper cannot resume after it (every later <c>Read</c> throws again). Such a record runs to the end
    /// of the input anyway when its quote is never closed; only a quote closed more than this far on (over 100,000
    /// roster lines swallowed into one field) loses the rows after it. <see cref="MaxRecordChars"/> is the rule for
    /// every record below this size.
    /// </summary>
    public const int MaxBufferedRecordBytes = 32 * 1024 * 1024;

    private readonly CsvReader _csv;
    private readonly List<string> _fields = new(16);
    private long _unterminatedLine; // the line of the record whose quote was never closed (the last one), else 0
    private bool _stopped;

    /// <summary>Reads UTF-16 text (the tests' strings); <paramref name="reader"/> stays open.</summary>
    public RosterCsvReader(TextReader reader) : this(reader, ownsReader: false)
    {
    }

    private RosterCsvReader(TextReader reader, bool ownsReader) =>
        _csv = CsvReader.Create(reader, Options(), leaveOpen: !ownsReader);

    private RosterCsvReader(Stream file) => _csv = CsvReader.Create(file, Options(), leaveOpen: true);

    /// <summary>
    /// Reads <paramref name="file"/> from its current position (past any BOM) in the detected encoding; the stream
    /// stays open. UTF-8 is parsed as bytes, without decoding to UTF-16 and back; Shift_JIS goes through a
    /// <see cref="StreamReader"/> so that its replacement of undecodable bytes (U+FFFD) applies as the encoding says.
    /// </summary>
    public static RosterCsvReader Open(Stream file, RosterFileEncoding encoding) =>
        encoding.Encoding is UTF8Encoding
            ? new RosterCsvReader(file)
            : new RosterCsvReader(new StreamReader(file, encoding.Encoding, detectEncodingFromByteOrderMarks: false,
                bufferSize: 64 * 1024, leaveOpen: true), ownsReader: true);

    /// <summary>The fields of the current record; valid until the next <see cref="Read"/>.</summary>
    public IReadOnlyList<string> Fields => _fields;

    /// <summary>1-based physical line on which the current record starts.</summary>
    public int Line { get; private set; }

    /// <summary>The current record ran to the end of the input inside a quoted field.</summary>
    public bool Unterminated => _unterminatedLine != 0 && _unterminatedLine == Line;

    /// <summary>The current record was longer than <see cref="MaxRecordChars"/>; its fields are cut short.</summary>
    public bool TooLong { get; private set; }

    /// <summary>
    /// True when the current record has no content: an empty line, or only commas and spaces. Never for the record
    /// that stopped the read (its fields were not read, but it is not blank).
    /// </summary>
    public bool IsBlank => !_stopped && _fields.TrueForAll(string.IsNullOrWhiteSpace);

    /// <summary>Moves to the next record; false at the end of the input.</summary>
    public bool Read()
    {
        _fields.Clear();
        TooLong = false;
        if (_stopped) return false;
        try
        {
            if (!_csv.Read()) return false;
        }
        catch (CsvFormatException tooLarge) when (tooLarge.LineNumber > 0)
        {
            // The only format error these options raise: a record past MaxBufferedRecordBytes.
            _stopped = true;
            Line = checked((int)tooLarge.LineNumber);
            TooLong = true;
            return true;
        }
        Line = checked((int)_csv.LineNumber);
        ReadFields();
        return true;
    }

    /// <summary>
    /// Copies the fields out as strings. A UTF-8 byte is at most one UTF-16 char, so a record of no more raw bytes than
    /// the limit is within it and takes the fast path; a longer one is measured in chars and, when over, cut short.
    /// </summary>
    private void ReadFields()
    {
        var count = _csv.FieldCount;
        if (_csv.RawRecord.Length <= MaxRecordChars)
        {
            for (var i = 0; i < count; i++) _fields.Add(_csv.GetString(i));
            return;
        }

        var budget = MaxRecordChars;
        for (var i = 0; i < count; i++)
        {
            var value = _csv.GetSpan(i);
            var chars = Encoding.UTF8.GetCharCount(value);
            if (chars <= budget)
            {
                _fields.Add(_csv.GetString(i));
                budget -= chars;
                continue;
            }
            TooLong = true;
            // Kept only so that the record's blankness can still be judged; at most `budget` bytes, so chars too.
            _fields.Add(Encoding.UTF8.GetString(value[..budget]));
            budget = 0;
        }
    }

    private CsvReaderOptions Options() => CsvReaderOptions.Default with
    {
        Separator = ',', // never guessed from the data
        DetectSeparatorHint = false, // a "sep=;" line is a record like any other
        HasHeader = false, // the importer reads and checks the header itself
        SkipEmptyLines = false, // blank records are reported, so the importer decides (and line numbers stay exact)
        TrackLineNumbers = true,
        MalformedData = CsvMalformedDataHandling.Recover,
        MaxRecordSize = MaxBufferedRecordBytes,
        IncludeValuesInExceptions = false, // roster values are personal data
        OnMalformedRecord = malformed =>
        {
            if (malformed.Reason == CsvMalformedReason.UnterminatedQuote) _unterminatedLine = malformed.LineNumber;
        },
    };

    public void Dispose() => _csv.Dispose();
}
