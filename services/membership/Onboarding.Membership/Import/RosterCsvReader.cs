namespace Onboarding.Membership.Import;

/// <summary>
/// Reads CSV records (RFC 4180) one at a time from a text stream: fields separated by commas, records by CRLF, LF or
/// CR, quoted fields with doubled quotes and line breaks inside. Lenient where spreadsheets are sloppy (text after a
/// closing quote is kept), strict where data would be lost (an unterminated quote marks the record). Tracks the
/// physical line each record starts on, so rejections name the line an operator sees in an editor.
/// </summary>
public sealed class RosterCsvReader
{
    /// <summary>A record longer than this is not kept in memory (it is reported as too long, not imported).</summary>
    public const int MaxRecordChars = 16 * 1024;

    private readonly TextReader _reader;
    private readonly char[] _buffer = new char[64 * 1024];
    private readonly List<string> _fields = new(16);
    private char[] _field = new char[256];
    private int _fieldLength;
    private int _recordChars;
    private int _position;
    private int _length;
    private bool _endOfInput;
    private int _line = 1;

    public RosterCsvReader(TextReader reader) => _reader = reader;

    /// <summary>The fields of the current record; valid until the next <see cref="Read"/>.</summary>
    public IReadOnlyList<string> Fields => _fields;

    /// <summary>1-based physical line on which the current record starts.</summary>
    public int Line { get; private set; }

    /// <summary>The current record ran to the end of the input inside a quoted field.</summary>
    public bool Unterminated { get; private set; }

    /// <summary>The current record was longer than <see cref="MaxRecordChars"/>; its fields are cut short.</summary>
    public bool TooLong { get; private set; }

    /// <summary>True when the current record has no content: an empty line, or only commas and spaces.</summary>
    public bool IsBlank => _fields.TrueForAll(string.IsNullOrWhiteSpace);

    /// <summary>Moves to the next record; false at the end of the input.</summary>
    public bool Read()
    {
        _fields.Clear();
        _recordChars = 0;
        Unterminated = false;
        TooLong = false;
        if (!EnsureData()) return false;
        Line = _line;

        while (true)
        {
            _fieldLength = 0;
            if (_buffer[_position] == '"')
            {
                _position++;
                if (!ReadQuoted())
                {
                    Unterminated = true;
                    EndField();
                    return true;
                }
            }

            // Unquoted text, or whatever follows a closing quote, up to the next separator.
            while (true)
            {
                if (!EnsureData())
                {
                    EndField();
                    return true;
                }
                var span = _buffer.AsSpan(_position, _length - _position);
                var stop = span.IndexOfAny(',', '\r', '\n');
                if (stop < 0)
                {
                    Append(span);
                    _position = _length;
                    continue;
                }
                Append(span[..stop]);
                var separator = span[stop];
                _position += stop + 1;
                EndField();
                if (separator == ',')
                {
                    if (EnsureData()) break; // next field
                    _fields.Add(""); // a trailing comma at the very end of the input: one more, empty, field
                    return true;
                }
                if (separator == '\r' && EnsureData() && _buffer[_position] == '\n') _position++;
                _line++;
                return true;
            }
        }
    }

    /// <summary>Reads a quoted field's content after the opening quote; false when the input ends first.</summary>
    private bool ReadQuoted()
    {
        while (true)
        {
            if (!EnsureData()) return false;
            var span = _buffer.AsSpan(_position, _length - _position);
            var stop = span.IndexOfAny('"', '\n');
            if (stop < 0)
            {
                Append(span);
                _position = _length;
                continue;
            }
            Append(span[..stop]);
            _position += stop + 1;
            if (span[stop] == '\n')
            {
                _line++;
                Append("\n");
                continue;
            }
            if (EnsureData() && _buffer[_position] == '"')
            {
                Append("\"");
                _position++;
                continue;
            }
            return true;
        }
    }

    private void Append(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return;
        _recordChars += text.Length;
        if (_recordChars > MaxRecordChars)
        {
            TooLong = true;
            return;
        }
        if (_fieldLength + text.Length > _field.Length)
        {
            Array.Resize(ref _field, Math.Max(_field.Length * 2, _fieldLength + text.Length));
        }
        text.CopyTo(_field.AsSpan(_fieldLength));
        _fieldLength += text.Length;
    }

    private void EndField() => _fields.Add(_fieldLength == 0 ? "" : new string(_field, 0, _fieldLength));

    private bool EnsureData()
    {
        if (_position < _length) return true;
        if (_endOfInput) return false;
        _length = _reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        if (_length > 0) return true;
        _endOfInput = true;
        return false;
    }
}
