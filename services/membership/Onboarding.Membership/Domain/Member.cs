namespace Onboarding.Membership.Domain;

/// <summary>A co-op member from the roster, with how far they are through the three steps.</summary>
public sealed class Member
{
    public Guid Id { get; init; }

    /// <summary>12 ASCII digits; unique.</summary>
    public required string MemberNumber { get; init; }

    public DateOnly BirthDate { get; set; }

    public required string FamilyName { get; set; }
    public required string GivenName { get; set; }
    public string? FamilyNameKana { get; set; }
    public string? GivenNameKana { get; set; }

    /// <summary>The member's co-op / university (e.g. 東海大学生協).</summary>
    public required string Coop { get; set; }

    /// <summary>The address on file; after STEP 1 the one the member confirmed.</summary>
    public string? RegisteredEmail { get; set; }

    /// <summary>STEP 1 done.</summary>
    public DateTimeOffset? EmailConfirmedAt { get; set; }

    /// <summary>
    /// When the member first identified themselves (a lookup with the right birth date): from then on the funnel
    /// counts them as at STEP 1 rather than not started. Kept once; later lookups leave it.
    /// </summary>
    public DateTimeOffset? FirstIdentifiedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }

    public string MaskedName => Masking.MaskName(FamilyName, GivenName);

    public void RecordIdentified(DateTimeOffset now) => FirstIdentifiedAt ??= now;

    /// <summary>Records the confirmed address; returns the address it replaced, if it was a different one.</summary>
    public string? ConfirmEmail(string email, DateTimeOffset now)
    {
        var previous = RegisteredEmail;
        RegisteredEmail = email;
        EmailConfirmedAt = now;
        UpdatedAt = now;
        return previous is not null && !string.Equals(previous, email, StringComparison.OrdinalIgnoreCase) ? previous : null;
    }
}
