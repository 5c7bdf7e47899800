using System.Globalization;
using System.Net;

namespace Onboarding.Load.Journeys;

/// <summary>
/// The address a simulated member's requests come from, sent to the gateway as <c>X-Forwarded-For</c> (the gateway
/// trusts it from loopback, as it would from an ingress). Members at home each have an address of their own; without
/// one, every lookup of the run would queue on a single client-budget row in membership and meet the per-client limit
/// together — the carrier-grade-NAT case, which <c>--shared-address</c> keeps measurable.
/// </summary>
public static class MemberAddress
{
    public const string Header = "X-Forwarded-For";

    /// <summary>
    /// An address in 10.0.0.0/8 from the member number: the same member, the same address; consecutive numbers (the
    /// generated roster's) get different ones up to 2^24 members.
    /// </summary>
    public static IPAddress For(string memberNumber)
    {
        var host = long.Parse(memberNumber, NumberStyles.None, CultureInfo.InvariantCulture) & 0xFF_FFFF;
        return new IPAddress([10, (byte)(host >> 16), (byte)(host >> 8), (byte)host]);
    }
}
