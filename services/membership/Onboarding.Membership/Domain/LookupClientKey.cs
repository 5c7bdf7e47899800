using System.Net;
using System.Net.Sockets;

namespace Onboarding.Membership.Domain;

/// <summary>
/// Who is guessing, for <see cref="LookupClientBudget"/>: an IPv4 address, or the /64 prefix of an IPv6 address
/// (one subscriber usually owns a whole /64 and could otherwise rotate through 2⁶⁴ addresses). An IPv4 address
/// written as IPv6 (<c>::ffff:203.0.113.7</c>) is the same client as <c>203.0.113.7</c>.
/// </summary>
public static class LookupClientKey
{
    /// <summary>Requests without an address (in-process test hosts) share one key rather than escaping the budget.</summary>
    public const string Unknown = "unknown";

    public static string For(IPAddress? address)
    {
        if (address is null) return Unknown;
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
