using System.Security.Cryptography;
using System.Text;

namespace Onboarding.Notification.Dispatch;

/// <summary>
/// The delivery log's keyed recipient hash: HMAC-SHA256 under <c>Notification:RecipientKey</c> (an AppHost secret,
/// <c>notification-recipient-key</c>) over the normalised address (<see cref="RecipientAddress"/>). The help desk finds
/// a member's deliveries by the address it knows, while the log still holds no address: without the key, a copy of the
/// table cannot be searched for an address, nor its hashes matched against a list of addresses or every phone number
/// (a plain hash of ten digits would fall at once).
/// </summary>
public sealed class RecipientHasher
{
    public const string KeySetting = "Notification:RecipientKey";
    public const int MinimumKeyLength = 32;

    private readonly byte[]? _key;

    public RecipientHasher(string? key) =>
        _key = string.IsNullOrEmpty(key) ? null : Encoding.UTF8.GetBytes(key);

    /// <summary>False only in Development without a key: deliveries are then logged without a hash, and found by none.</summary>
    public bool HasKey => _key is not null;

    /// <summary>The hash, or null when there is no key or the address is not one (it is then logged without a hash).</summary>
    public byte[]? Hash(RecipientAddress? recipient) =>
        _key is null || recipient is null
            ? null
            : HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{recipient.Kind.ToString().ToLowerInvariant()}:{recipient.Normalized}"));

    /// <summary>
    /// From configuration. Outside Development a missing or short key stops the service at start (Program): hashing under
    /// a default would make every deployment's hashes matchable by anyone who read this code.
    /// </summary>
    public static RecipientHasher FromConfiguration(IConfiguration configuration, IHostEnvironment environment)
    {
        var key = configuration[KeySetting];
        if (key is { Length: >= MinimumKeyLength }) return new RecipientHasher(key);
        if (environment.IsDevelopment()) return new RecipientHasher(null);
        throw new InvalidOperationException($"{KeySetting} must be at least {MinimumKeyLength} characters (the AppHost's notification-recipient-key).");
    }
}
