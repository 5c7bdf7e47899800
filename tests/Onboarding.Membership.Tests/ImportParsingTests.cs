using System.Text;
using Microsoft.Extensions.Time.Testing;
using Onboarding.Membership.Import;

namespace Onboarding.Membership.Tests;

/// <summary>The roster file's encoding detection, CSV reading and row rules, without a database.</summary>
[Collection(MembershipCollection.Name)]
public sealed class ImportParsingTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 24, 3, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_utf8_character_cut_by_a_read_boundary_is_still_utf8()
    {
        (string character, int bytesBeforeBoundary)[] rows =
        [
            ("あ", 1), // a 3-byte sequence cut after its first byte by the detector's 256 KiB read
            ("あ", 2),
            ("😀", 1), // a 4-byte sequence
            ("😀", 2),
            ("😀", 3),
        ];

        await Assert.AllAsync(rows, async row =>
        {
            var (character, bytesBeforeBoundary) = row;
            var bytes = new List<byte>();
            bytes.AddRange(Enumerable.Repeat((byte)'a', 256 * 1024 - bytesBeforeBoundary));
            bytes.AddRange(Encoding.UTF8.GetBytes(character + "tail"));

            Assert.Same(RosterFileEncoding.Utf8WithoutBom, await DetectAsync([.. bytes]));
        });
    }

    [Fact]
    public async Task A_file_valid_as_utf8_until_far_in_is_shift_jis()
    {
        byte[] bytes = [.. Enumerable.Repeat((byte)'a', 700_000), .. ImportRosterFile.ShiftJis.GetBytes("岡田")];
        Assert.Same(RosterFileEncoding.ShiftJis, await DetectAsync(bytes));
    }

    [Fact]
    public async Task A_utf8_sequence_cut_by_the_end_of_the_file_is_not_utf8()
    {
        byte[] bytes = [.. "abc"u8, 0xE3, 0x81];
        Assert.Same(RosterFileEncoding.ShiftJis, await DetectAsync(bytes));
    }

    [Fact]
    public async Task A_bom_means_utf8_and_the_text_starts_after_it()
    {
        var file = new MemoryStream([0xEF, 0xBB, 0xBF, (byte)'a']);
        Assert.Same(RosterFileEncoding.Utf8WithBom, await RosterFileEncoding.DetectAsync(file, default));
        Assert.Equal(3, file.Position);
    }

    [Fact]
    public void Quoted_fields_keep_commas_quotes_and_line_breaks_and_lines_are_counted()
    {
        var csv = Reader("\"a,b\",\"c\"\"d\",\"e\r\nf\"\r\nx,y,z\r\n\r\nlast,row");

        Assert.True(csv.Read());
        Assert.Equal(["a,b", "c\"d", "e\r\nf"], csv.Fields);
        Assert.Equal(1, csv.Line);
        Assert.True(csv.Read());
        Assert.Equal(["x", "y", "z"], csv.Fields);
        Assert.Equal(3, csv.Line);
        Assert.True(csv.Read());
        Assert.True(csv.IsBlank);
        Assert.True(csv.Read());
        Assert.Equal(["last", "row"], csv.Fields);
        Assert.Equal(5, csv.Line);
        Assert.False(csv.Read());
    }

    [Fact]
    public void Every_kind_of_line_end_ends_a_record()
    {
        (string text, int lineOfSecond)[] rows =
        [
            ("a,b\rc,d\r", 2), // old Mac line ends
            ("a,b\nc,d\n", 2),
            ("a,b\r\nc,d", 2), // no line end after the last record
        ];

        Assert.All(rows, row =>
        {
            var (text, lineOfSecond) = row;
            var csv = Reader(text);
            Assert.True(csv.Read());
            Assert.True(csv.Read());
            Assert.Equal(["c", "d"], csv.Fields);
            Assert.Equal(lineOfSecond, csv.Line);
            Assert.False(csv.Read());
        });
    }

    [Fact]
    public void A_trailing_comma_is_an_empty_last_field()
    {
        var csv = Reader("a,b,");
        Assert.True(csv.Read());
        Assert.Equal(["a", "b", ""], csv.Fields);
    }

    [Fact]
    public void An_unterminated_quote_is_marked_not_silently_joined()
    {
        var csv = Reader("a,\"b\nc,d\n");
        Assert.True(csv.Read());
        Assert.True(csv.Unterminated);
        Assert.Equal(["a", "b\nc,d\n"], csv.Fields);
        Assert.False(csv.Read());
    }

    [Fact]
    public void A_record_over_the_limit_is_marked_and_the_next_one_is_read_whole()
    {
        var csv = Reader($"{new string('x', RosterCsvReader.MaxRecordChars + 1)},y\nnext,row\n");
        Assert.True(csv.Read());
        Assert.True(csv.TooLong);
        Assert.True(csv.Read());
        Assert.False(csv.TooLong);
        Assert.Equal(["next", "row"], csv.Fields);
        Assert.Equal(2, csv.Line);
    }

    [Fact]
    public void A_quote_left_open_past_the_parsers_buffer_limit_is_one_too_long_record_at_its_line()
    {
        var csv = Reader($"good,row\n\"{new string('x', RosterCsvReader.MaxBufferedRecordBytes + 1)}\nnever,read\n");
        Assert.True(csv.Read());
        Assert.Equal(["good", "row"], csv.Fields);
        Assert.True(csv.Read());
        Assert.True(csv.TooLong);
        Assert.False(csv.IsBlank); // the importer skips blank records: this one must be rejected instead
        Assert.Equal(2, csv.Line);
        Assert.False(csv.Read());
    }

    [Fact]
    public void Records_crossing_the_readers_buffer_are_read_exactly()
    {
        var expected = Enumerable.Range(0, 20_000).Select(i => new[] { $"{i:D12}", $"名前 \"{i}\"", i % 7 == 0 ? "改\n行" : "東海大学生協, 湘南" }).ToList();
        var text = string.Concat(expected.Select(fields => string.Join(",", fields.Select(f => $"\"{f.Replace("\"", "\"\"")}\"")) + "\r\n"));
        var csv = Reader(text);

        var line = 1;
        foreach (var fields in expected)
        {
            Assert.True(csv.Read());
            Assert.Equal(fields, csv.Fields);
            Assert.Equal(line, csv.Line);
            line += fields[2].Contains('\n') ? 2 : 1;
        }
        Assert.False(csv.Read());
    }

    [Fact]
    public void Birth_dates_are_accepted_in_both_forms()
    {
        (string typed, string expected)[] rows =
        [
            ("2004-04-01", "2004-04-01"),
            ("2004/04/01", "2004-04-01"),
            ("2004/4/1", "2004-04-01"), // as spreadsheets write it
            ("２００４／０４／０１", "2004-04-01"), // full-width
            (" 2004-04-01 ", "2004-04-01"),
            ("2026-11-24", "2026-11-24"), // today in Japan
        ];

        Assert.All(rows, row =>
        {
            var (typed, expected) = row;
            Assert.Equal(DateOnly.Parse(expected), Check(birthDate: typed).Row?.BirthDate);
        });
    }

    [Fact]
    public void Bad_birth_dates_are_named()
    {
        (string typed, string reason)[] rows =
        [
            ("2026-11-25", "in_the_future"), // tomorrow in Japan
            ("2004-02-30", "not_a_real_date"),
            ("2004-00-10", "not_a_real_date"),
            ("2004.04.01", "invalid_format"),
            ("2004/04-01", "invalid_format"),
            ("04/01/2004", "invalid_format"),
            ("平成16年4月1日", "invalid_format"),
            ("1899-12-31", "before_1900"),
        ];

        Assert.All(rows, row =>
        {
            var (typed, reason) = row;
            Assert.Equal((null, "birthDate", reason), Check(birthDate: typed));
        });
    }

    [Fact]
    public void Names_are_measured_in_characters_as_postgresql_counts_them()
    {
        var hundred = string.Concat(Enumerable.Repeat("𠮷", 100)); // 200 UTF-16 units, 100 characters
        Assert.Equal(hundred, Check(familyName: hundred).Row?.FamilyName);
        Assert.Equal((null, "familyName", "too_long"), Check(familyName: hundred + "田"));
    }

    [Fact]
    public void Kana_is_made_full_width_and_kanji_are_kept_exactly()
    {
        var (row, _, _) = Check(familyName: "山﨑", familyNameKana: "ﾔﾏｻﾞｷ");
        Assert.Equal("山﨑", row?.FamilyName); // NFKC would give 山崎
        Assert.Equal("ヤマザキ", row?.FamilyNameKana);
    }

    [Fact]
    public void Member_ids_of_one_import_are_version_7_in_increasing_order_at_the_import_time()
    {
        var now = new DateTimeOffset(2026, 11, 24, 3, 0, 0, TimeSpan.Zero);
        var ids = new RosterMemberIds(now);
        var made = Enumerable.Range(0, 10_000).Select(_ => ids.Next()).ToList();

        Assert.All(made, id => Assert.Equal(7, id.Version));
        Assert.All(made, id => Assert.Equal(0b10, id.Variant >> 2));
        Assert.Equal(made.Count, made.Distinct().Count());
        // PostgreSQL orders uuids by their bytes in RFC order.
        Assert.Equal(made, made.OrderBy(id => Convert.ToHexString(id.ToByteArray(bigEndian: true))));
        var timestamp = Convert.ToInt64(Convert.ToHexString(made[0].ToByteArray(bigEndian: true)[..6]), 16);
        Assert.Equal(now.ToUnixTimeMilliseconds(), timestamp);
    }

    /// <summary>A valid row with one field replaced.</summary>
    private static (RosterRow? Row, string Field, string Reason) Check(
        string birthDate = "2004-04-01", string familyName = "岡田", string familyNameKana = "オカダ")
    {
        var columns = RosterColumns.FromHeader(ImportRosterFile.EnglishHeader.Split(','), out _)!;
        string[] fields = ["123456789012", birthDate, familyName, "太郎", familyNameKana, "タロウ", "東海大学生協", "taro@example.jp"];
        var row = new RosterRowValidator(columns, Clock).Validate(fields, out _, out var field, out var reason);
        return (row, field, reason);
    }

    private static async Task<RosterFileEncoding> DetectAsync(byte[] bytes) =>
        await RosterFileEncoding.DetectAsync(new MemoryStream(bytes), default);

    private static RosterCsvReader Reader(string text) => new(new StringReader(text));
}
