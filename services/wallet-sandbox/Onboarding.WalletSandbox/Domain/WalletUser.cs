namespace Onboarding.WalletSandbox.Domain;

/// <summary>A wallet user of the pretend provider, created the first time a contact logs in.</summary>
public sealed class WalletUser
{
    private WalletUser() { }

    public Guid Id { get; private set; }
    /// <summary>The normalised e-mail address or E.164 phone number the user logs in with.</summary>
    public string Contact { get; private set; } = "";
    public string Name { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }

    public static WalletUser Register(WalletContact contact, DateTimeOffset now)
    {
        var id = Guid.NewGuid();
        return new WalletUser
        {
            Id = id,
            Contact = contact.Value,
            // The real provider shows a nickname; the sandbox makes a recognisable one from the id.
            Name = $"ポケペイユーザー{id.ToString("N")[..4].ToUpperInvariant()}",
            CreatedAt = now,
        };
    }
}
