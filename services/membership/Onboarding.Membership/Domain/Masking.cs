using System.Globalization;

namespace Onboarding.Membership.Domain;

/// <summary>
/// Masking of docs/architecture.md §6.1. Name: the first character of the family and of the given name, every other
/// character a <c>*</c> (岡田 太郎 → 岡*太*). E-mail: the first 3 characters of the local part, then
/// <c>*****</c>, the domain shown (sho*****@univcoop-tokai.jp). Characters are counted as people see them.
/// </summary>
public static class Masking
{
    public static string MaskName(string familyName, string givenName) => MaskPart(familyName) + MaskPart(givenName);

    /// <summary>Only the last four digits shown (********5678): enough to tell search results apart on the phone.</summary>
    public static string MaskMemberNumber(string memberNumber) =>
        memberNumber.Length <= 4 ? memberNumber : new string('*', memberNumber.Length - 4) + memberNumber[^4..];

    public static string MaskEmail(string email)
    {
        var at = email.LastIndexOf('@');
        if (at <= 0) return "*****";
        var local = new StringInfo(email[..at]);
        var shown = local.SubstringByTextElements(0, Math.Min(3, local.LengthInTextElements));
        return $"{shown}*****{email[at..]}";
    }

    private static string MaskPart(string part)
    {
        var text = new StringInfo(part.Trim());
        if (text.LengthInTextElements == 0) return "";
        return text.SubstringByTextElements(0, 1) + new string('*', text.LengthInTextElements - 1);
    }
}
