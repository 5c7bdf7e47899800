using System.Text;
using Microsoft.Extensions.Options;
using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.Gateway.Coops;

/// <summary>One co-op's contact as pages show it.</summary>
/// <param name="Coop">The roster's <c>coop</c> value (the directory's key).</param>
/// <param name="Url">Null when the co-op has no help page configured.</param>
public sealed record CoopContact(string Coop, LocalizedText Name, string Phone, LocalizedText Hours, string Email, Uri? Url)
{
    /// <summary>The number for a <c>tel:</c> link: only the digits (and a leading +) survive.</summary>
    public string PhoneUri => "tel:" + new string(Phone.Where(c => char.IsAsciiDigit(c) || c == '+').ToArray());

    public string EmailUri => "mailto:" + Email;
}

/// <summary>
/// The configured co-ops (<see cref="CoopDirectoryOptions"/>, validated at start), in their configured order, found by
/// the roster's <c>coop</c> value. Keys compare after trimming and NFKC normalisation, so 全角/半角 differences between
/// the roster and the configuration do not hide a co-op.
/// </summary>
public sealed class CoopDirectory
{
    private readonly Dictionary<string, CoopContact> _byKey;

    public CoopDirectory(IOptions<CoopDirectoryOptions> options)
    {
        All = options.Value.Directory.Select(entry => new CoopContact(
            entry.Coop!.Trim(),
            new LocalizedText(entry.Name!.Ja!.Trim(), entry.Name.En!.Trim()),
            entry.Phone!.Trim(),
            new LocalizedText(entry.Hours!.Ja!.Trim(), entry.Hours.En!.Trim()),
            entry.Email!.Trim(),
            entry.Url is { } url ? new Uri(url.Trim(), UriKind.Absolute) : null)).ToList();
        _byKey = All.ToDictionary(contact => KeyOf(contact.Coop), StringComparer.Ordinal);
    }

    public IReadOnlyList<CoopContact> All { get; }

    /// <summary>The contact for a member's co-op; null when unknown or not in the directory (pages then link to /coops).</summary>
    public CoopContact? Find(string? coop) =>
        string.IsNullOrWhiteSpace(coop) ? null : _byKey.GetValueOrDefault(KeyOf(coop));

    public static string KeyOf(string coop) => coop.Normalize(NormalizationForm.FormKC).Trim();
}
