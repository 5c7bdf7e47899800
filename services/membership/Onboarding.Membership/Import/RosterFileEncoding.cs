using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Onboarding.Membership.Import;

/// <summary>
/// Which text encoding a roster file is in. Co-op systems export UTF-8 (often with a BOM, as Excel writes it) or
/// Shift_JIS. The rule: a UTF-8 BOM means UTF-8; otherwise a file that is valid UTF-8 throughout is UTF-8; anything
/// else is Shift_JIS as Windows writes it (code page 932, which also has the NEC and IBM extension characters such
/// as 髙 and 﨑 that appear in names).
/// </summary>
public sealed class RosterFileEncoding
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private RosterFileEncoding(string name, Encoding encoding, int dataStart)
    {
        Name = name;
        Encoding = encoding;
        DataStart = dataStart;
    }

    public static RosterFileEncoding Utf8WithBom { get; } = new("utf-8-bom", CreateUtf8(), Utf8Bom.Length);

    public static RosterFileEncoding Utf8WithoutBom { get; } = new("utf-8", CreateUtf8(), 0);

    /// <summary>Undecodable bytes become U+FFFD, so the rows they are in are rejected rather than imported garbled.</summary>
    public static RosterFileEncoding ShiftJis { get; } = new("shift_jis", CodePage932(), 0);

    /// <summary>For the report: <c>utf-8-bom</c>, <c>utf-8</c> or <c>shift_jis</c>.</summary>
    public string Name { get; }

    public Encoding Encoding { get; }

    /// <summary>Where the text starts (after a BOM).</summary>
    public int DataStart { get; }

    /// <summary>Reads the whole (seekable) file once to decide; leaves the stream at <see cref="DataStart"/>.</summary>
    public static async Task<RosterFileEncoding> DetectAsync(Stream file, CancellationToken cancellationToken)
    {
        file.Position = 0;
        var buffer = ArrayPool<byte>.Shared.Rent(256 * 1024);
        try
        {
            var carried = 0; // bytes of a sequence cut at the end of the previous read
            var first = true;
            while (true)
            {
                var read = await file.ReadAtLeastAsync(buffer.AsMemory(carried, buffer.Length - carried),
                    buffer.Length - carried, throwOnEndOfStream: false, cancellationToken);
                var filled = carried + read;
                if (first)
                {
                    first = false;
                    if (buffer.AsSpan(0, filled).StartsWith(Utf8Bom))
                    {
                        file.Position = Utf8Bom.Length;
                        return Utf8WithBom;
                    }
                }
                if (read == 0)
                {
                    // End of input: whatever was carried is an incomplete sequence.
                    file.Position = 0;
                    return carried == 0 ? Utf8WithoutBom : ShiftJis;
                }

                var complete = filled - IncompleteTail(buffer.AsSpan(0, filled));
                if (!Utf8.IsValid(buffer.AsSpan(0, complete)))
                {
                    file.Position = 0;
                    return ShiftJis;
                }
                carried = filled - complete;
                buffer.AsSpan(complete, carried).CopyTo(buffer);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>How many bytes at the end start a multi-byte sequence that the buffer cuts short.</summary>
    private static int IncompleteTail(ReadOnlySpan<byte> bytes)
    {
        for (var back = 1; back <= Math.Min(3, bytes.Length); back++)
        {
            var b = bytes[^back];
            if ((b & 0xC0) == 0x80) continue; // continuation byte: look further back for the lead byte
            var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return needed > back ? back : 0;
        }
        return 0;
    }

    /// <summary>Code page 932 ships with .NET (System.Text.Encoding.CodePages is in the shared framework) but must be registered.</summary>
    private static Encoding CodePage932()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(932, EncoderFallback.ExceptionFallback, new DecoderReplacementFallback("\uFFFD"));
    }

    private static UTF8Encoding CreateUtf8() => new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
}
