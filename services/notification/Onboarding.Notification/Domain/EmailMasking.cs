namespace Onboarding.Notification.Domain;

/// <summary>The masking of docs/architecture.md §6.1: first 3 characters of the local part, then <c>*****</c>, domain shown.</summary>
public static class EmailMasking
{
    public static string Mask(string email)
    {
        var at = email.LastIndexOf('@');
        if (at <= 0) return "*****";
        var local = email[..at];
        return string.Concat(local.AsSpan(0, Math.Min(3, local.Length)), "*****", email.AsSpan(at));
    }
}
