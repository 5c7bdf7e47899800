using Onboarding.Contracts;
using System.Buffers;
using System.Globalization;
using System.Text;
using Onboarding.Membership.Domain;

namespace Onboarding.Membership.Import;

/// <summary>One roster row that passed every rule, normalised as the <c>members</c> table stores it.</summary>
public readonly record struct RosterRow(
    string MemberNumber,
    DateOnly BirthDate,
    string FamilyName,
    string GivenName,
    string? FamilyNameKana,
    string? GivenNameKana,
    string Coop,
    string? Email);

/// <summary>Why one row was not imported: the first field in column order that broke a rule.</summary>
/// <param name="Line">Physical line in the file (the header is line 1).</param>
/// <param name="MemberNumber">The normalised member number, when the row had a valid one.</param>
/// <param name="Field">The report's field name (<see cref="RosterColumns.Fields"/>), or <c>row</c>.</param>
/// <param name="Reason">A stable code, see <see cref="RosterRejectionReasons"/>.</param>
/// <param name="DuplicateOfLine">For <c>duplicate_in_file</c>: the line whose row was imported.</param>
public sealed record RosterRejection(int Line, string? MemberNumber, string Field, string Reason, int? DuplicateOfLine = null);

public static class RosterRejectionReasons
{
    public const string Required = "required";
    public const string InvalidFormat = "invalid_format";
    public const string NotARealDate = "not_a_real_date";
    public const string InTheFuture = "in_the_future";
    public const string Before1900 = "before_1900";
    public const string TooLong = "too_long";
    public const string InvalidCharacters = "invalid_characters";
    public const string UnreadableCharacters = "unreadable_characters";
    public const string DuplicateInFile = "duplicate_in_file";
    public const string WrongFieldCount = "wrong_field_count";
    public const string UnterminatedQuote = "unterminated_quote";
}

/// <summary>
/// The rules a roster row must meet, using the same normalisers as STEP 1 (<see cref="Domain.MemberNumber"/>,
/// <see cref="Domain.BirthDate"/>, <see cref="EmailAddress"/>), so every imported member can be found by what they type.
/// </summary>
public sealed class RosterRowValidator(RosterColumns columns, TimeProvider clock)
{
    public const int NameMaxLength = 100;
    public const int CoopMaxLength = 200;

    /// <summary>Control characters and U+FFFD (what the decoder put where bytes were not text).</summary>
    private static readonly SearchValues<char> Suspicious = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c)) + "\uFFFD");

    /// <summary>Full-width kana and the long-vowel mark: already NFKC, so NFKC (costly) can be skipped.</summary>
    private static readonly SearchValues<char> NormalizedKana = SearchValues.Create(
        string.Concat(Enumerable.Range(0x3041, 0x3096 - 0x3041 + 1).Concat(Enumerable.Range(0x30A1, 0x30FA - 0x30A1 + 1)).Select(c => (char)c)) + "ー");

    // Rosters repeat birth dates (a few thousand distinct per million members): parse each text once per import.
    private readonly Dictionary<string, (DateOnly? Date, string Reason)> _birthDates = [];

    /// <summary>Checks one record; returns null and the rejection's field and reason when a rule is broken.</summary>
    public RosterRow? Validate(IReadOnlyList<string> fields, out string? memberNumber, out string field, out string reason)
    {
        memberNumber = null;
        field = "row";
        reason = "";
        if (fields.Count != columns.FieldCount)
        {
            reason = RosterRejectionReasons.WrongFieldCount;
            return null;
        }

        var rawNumber = fields[columns.MemberNumber];
        memberNumber = Domain.MemberNumber.Parse(rawNumber);
        if (memberNumber is null)
        {
            field = "memberNumber";
            reason = string.IsNullOrWhiteSpace(rawNumber) ? RosterRejectionReasons.Required : RosterRejectionReasons.InvalidFormat;
            return null;
        }

        field = "birthDate";
        var rawBirthDate = fields[columns.BirthDate];
        if (!_birthDates.TryGetValue(rawBirthDate, out var parsedBirthDate))
        {
            parsedBirthDate = (ParseBirthDate(rawBirthDate, out var birthDateReason), birthDateReason);
            if (_birthDates.Count < 100_000) _birthDates[rawBirthDate] = parsedBirthDate;
        }
        reason = parsedBirthDate.Reason;
        if (parsedBirthDate.Date is not { } birthDate) return null;

        field = "familyName";
        if (Name(fields[columns.FamilyName], required: true, NameMaxLength, kana: false, out reason) is not { } familyName) return null;
        field = "givenName";
        if (Name(fields[columns.GivenName], required: true, NameMaxLength, kana: false, out reason) is not { } givenName) return null;
        field = "familyNameKana";
        var familyNameKana = Name(Optional(fields, columns.FamilyNameKana), required: false, NameMaxLength, kana: true, out reason);
        if (reason.Length > 0) return null;
        field = "givenNameKana";
        var givenNameKana = Name(Optional(fields, columns.GivenNameKana), required: false, NameMaxLength, kana: true, out reason);
        if (reason.Length > 0) return null;
        field = "coop";
        if (Name(fields[columns.Coop], required: true, CoopMaxLength, kana: false, out reason) is not { } coop) return null;

        field = "email";
        string? email = null;
        var rawEmail = Optional(fields, columns.Email);
        if (!string.IsNullOrWhiteSpace(rawEmail))
        {
            email = EmailAddress.Normalize(rawEmail);
            if (email is null)
            {
                reason = RosterRejectionReasons.InvalidFormat;
                return null;
            }
        }

        field = "";
        return new RosterRow(memberNumber, birthDate, familyName, givenName, familyNameKana, givenNameKana, coop, email);
    }

    /// <summary>
    /// <c>yyyy-MM-dd</c> or <c>yyyy/MM/dd</c> (month and day may drop the leading zero, as spreadsheets write them;
    /// full-width digits are accepted), then the STEP 1 rule: a real date, from 1900, not after today in Japan.
    /// </summary>
    private DateOnly? ParseBirthDate(string raw, out string reason)
    {
        var text = raw.Trim();
        if (text.Length == 0)
        {
            reason = RosterRejectionReasons.Required;
            return null;
        }
        if (!Ascii.IsValid(text)) text = text.Normalize(NormalizationForm.FormKC);

        var parts = text.Split(text.Contains('/') ? '/' : '-');
        if (parts.Length != 3 || parts[0].Length != 4 || parts[1].Length is < 1 or > 2 || parts[2].Length is < 1 or > 2
            || !parts.All(part => part.All(char.IsAsciiDigit)))
        {
            reason = RosterRejectionReasons.InvalidFormat;
            return null;
        }
        int year = int.Parse(parts[0], CultureInfo.InvariantCulture), month = int.Parse(parts[1], CultureInfo.InvariantCulture),
            day = int.Parse(parts[2], CultureInfo.InvariantCulture);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            reason = RosterRejectionReasons.NotARealDate;
            return null;
        }

        var iso = string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}");
        if (BirthDate.Parse(iso, clock) is { } date)
        {
            reason = "";
            return date;
        }
        reason = year < BirthDate.EarliestYear ? RosterRejectionReasons.Before1900 : RosterRejectionReasons.InTheFuture;
        return null;
    }

    /// <summary>
    /// Trimmed; at most <paramref name="maxLength"/> characters as PostgreSQL counts them (code points); no control
    /// characters; no U+FFFD (bytes the file's encoding could not decode). Kana is NFKC-normalised (half-width ｶﾅ →
    /// full-width カナ); kanji names are kept exactly, since NFKC would replace variant ideographs people write their
    /// names with. Returns null for an empty optional value, with an empty <paramref name="reason"/>.
    /// </summary>
    private static string? Name(string? raw, bool required, int maxLength, bool kana, out string reason)
    {
        reason = "";
        var text = raw?.Trim() ?? "";
        if (text.Length == 0)
        {
            if (required) reason = RosterRejectionReasons.Required;
            return null;
        }
        if (kana && text.AsSpan().ContainsAnyExcept(NormalizedKana)) text = text.Normalize(NormalizationForm.FormKC).Trim();
        if (text.Length > maxLength && text.EnumerateRunes().Count() > maxLength)
        {
            reason = RosterRejectionReasons.TooLong;
            return null;
        }
        if (text.AsSpan().ContainsAny(Suspicious))
        {
            reason = text.Contains('\uFFFD') ? RosterRejectionReasons.UnreadableCharacters : RosterRejectionReasons.InvalidCharacters;
            return null;
        }
        return text;
    }

    private static string? Optional(IReadOnlyList<string> fields, int index) => index < 0 ? null : fields[index];
}
