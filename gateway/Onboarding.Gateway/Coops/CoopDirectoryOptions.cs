namespace Onboarding.Gateway.Coops;

/// <summary>
/// The co-ops members are told to contact, from configuration (<c>Coops:Directory</c>, a list so the /coops page keeps
/// the configured order). Each entry is keyed by the roster's <c>coop</c> value, exactly as the roster import stores it
/// (e.g. <c>東海大学生協</c>). Checked at start by <see cref="CoopDirectoryValidation"/>: a malformed entry stops the
/// gateway rather than showing a member a wrong phone number.
/// </summary>
public sealed class CoopDirectoryOptions
{
    public const string SectionName = "Coops";

    public List<CoopDirectoryEntry> Directory { get; set; } = [];
}

/// <summary>One co-op's contact, as configured. Texts a member reads come in both UI languages.</summary>
public sealed class CoopDirectoryEntry
{
    /// <summary>The roster's <c>coop</c> value this entry is for (the key).</summary>
    public string? Coop { get; set; }

    /// <summary>The name shown to members (e.g. 東海大学生活協同組合 / Tokai University Co-op).</summary>
    public CoopDirectoryText? Name { get; set; }

    /// <summary>As dialled in Japan, digits with optional hyphens (e.g. <c>0463-00-1234</c>), or with a leading +.</summary>
    public string? Phone { get; set; }

    /// <summary>When the phone is answered (e.g. 平日 10:00〜17:00).</summary>
    public CoopDirectoryText? Hours { get; set; }

    public string? Email { get; set; }

    /// <summary>Optional: the co-op's own help page (absolute https or http).</summary>
    public string? Url { get; set; }
}

public sealed class CoopDirectoryText
{
    public string? Ja { get; set; }

    public string? En { get; set; }
}
