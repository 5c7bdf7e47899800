using System.Text;
using Onboarding.Contracts;

namespace Onboarding.Notification.Dispatch;

/// <summary>
/// A recipient in the one form its keyed hash is taken over (<see cref="RecipientHasher"/>): an e-mail address
/// normalised as every service does (<see cref="EmailAddress.Normalize"/>) and then lower-cased whole, since a mailbox
/// is compared case-insensitively (docs/architecture.md §6.1); a phone number in E.164. The same rule reads what a
/// command carries and what staff type into the help desk, so the two meet.
/// </summary>
public sealed record RecipientAddress(RecipientKind Kind, string Normalized)
{
    private static readonly char[] Separators = ['-', ' ', '(', ')', '.', 'ー', '‐', '−', '―', '－', '–', '—', 'ｰ'];

    public static RecipientAddress? Email(string? address) =>
        EmailAddress.Normalize(address) is { } normalized ? new(RecipientKind.Email, normalized.ToLowerInvariant()) : null;

    /// <summary>
    /// E.164 (<c>+819012345678</c>, as commands carry it) or a Japanese national number (<c>090-1234-5678</c>, full-width
    /// digits and dashes accepted), as <c>+81…</c>. Nothing is checked against a numbering plan: the hash only has to
    /// match what was sent.
    /// </summary>
    public static RecipientAddress? Phone(string? number)
    {
        if (string.IsNullOrWhiteSpace(number) || number.Length > 40) return null;
        var text = string.Concat(number.Normalize(NormalizationForm.FormKC).Where(c => !Separators.Contains(c)));
        var digits = text.StartsWith('+') ? text[1..] : text;
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit)) return null;
        if (text.StartsWith('+')) return digits.Length is >= 8 and <= 15 ? new(RecipientKind.Phone, "+" + digits) : null;
        // National: a trunk 0, then 9 or 10 digits.
        return digits.Length is 10 or 11 && digits[0] == '0' && digits[1] != '0' ? new(RecipientKind.Phone, "+81" + digits[1..]) : null;
    }

    /// <summary>Either kind, told apart by the <c>@</c>.</summary>
    public static RecipientAddress? Parse(string? text) => text?.Contains('@') == true ? Email(text) : Phone(text);
}

public enum RecipientKind
{
    Email,
    Phone,
}
