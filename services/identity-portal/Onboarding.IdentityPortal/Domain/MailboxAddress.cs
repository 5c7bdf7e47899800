namespace Onboarding.IdentityPortal.Domain;

/// <summary>
/// When two normalised addresses (<see cref="Onboarding.Contracts.EmailAddress"/>) reach the same mailbox: the whole
/// address compared case-insensitively. RFC 5321 lets a local part be case-sensitive, but no mail provider our members
/// use treats it so, and a member who confirmed <c>taro@…</c> in STEP 1 and types <c>Taro@…</c> in STEP 2 means the
/// same address. Addresses are kept as typed (mail goes there); only comparisons, caps and lock-outs use this.
/// </summary>
public static class MailboxAddress
{
    /// <summary>
    /// The address as compared. Normalised addresses are ASCII, where this equals PostgreSQL's <c>lower()</c>, which
    /// the database side of the same comparisons uses (and indexes).
    /// </summary>
    public static string Key(string email) => email.ToLowerInvariant();

    public static bool Same(string first, string second) => string.Equals(first, second, StringComparison.OrdinalIgnoreCase);
}
