using System.Buffers.Text;
using System.Security.Cryptography;

namespace Onboarding.WalletLink.Domain;

/// <summary>
/// Binds a link attempt to the browser that started it (RFC 9700 §4.7.1, like the correlation cookie of ASP.NET Core's
/// OAuth handler): that browser carries a cookie holding the SHA-256 of the attempt's state, and the callback only
/// goes on when the browser coming back carries it. Without it a member could start a link, send the provider address
/// to someone else, and that person's consent would link their wallet to the sender (login CSRF).
/// One cookie per attempt, named after the start of its hash, so that two tabs' attempts do not overwrite each other.
/// </summary>
public sealed record BrowserBinding(string CookieName, string CookieValue, string CookiePath, DateTimeOffset ExpiresAt)
{
    public const string CookieNamePrefix = ".Onboarding.WalletLink.";

    /// <summary>Enough of the hash to keep one attempt's cookie apart from another's.</summary>
    private const int NameHashLength = 16;

    /// <param name="callbackPath">The callback's path in the member's browser: the cookie goes nowhere else.</param>
    public static BrowserBinding For(string state, string callbackPath, DateTimeOffset expiresAt)
    {
        var hash = Base64Url.EncodeToString(LinkAttempt.HashState(state));
        return new BrowserBinding(NameOf(hash), hash, callbackPath, expiresAt);
    }

    /// <summary>Whether the browser that came back with <paramref name="state"/> holds that state's cookie (compared in fixed time).</summary>
    public static bool IsHeldBy(string state, Func<string, string?> browserCookie)
    {
        var expected = LinkAttempt.HashState(state);
        var held = browserCookie(NameOf(Base64Url.EncodeToString(expected)));
        if (string.IsNullOrEmpty(held)) return false;
        // A value that is not base64url of the right length compares as a wrong one, in the same time.
        var actual = new byte[expected.Length];
        // IsValid first: TryDecodeFromChars throws on characters outside base64url rather than answering false.
        var decoded = Base64Url.IsValid(held, out var length) && length == expected.Length
            && Base64Url.TryDecodeFromChars(held, actual, out var written) && written == expected.Length;
        return CryptographicOperations.FixedTimeEquals(actual, expected) & decoded;
    }

    /// <summary>The cookie's name for an attempt, from the state that came back (to clear it).</summary>
    public static string CookieNameFor(string state) => NameOf(Base64Url.EncodeToString(LinkAttempt.HashState(state)));

    private static string NameOf(string stateHash) => CookieNamePrefix + stateHash[..NameHashLength];
}
