using System.Net;
using Onboarding.Load.Journeys;
using Onboarding.Load.Roster;

namespace Onboarding.Load.Tests;

public sealed class MemberAddressTests
{
    [Fact]
    public void Every_generated_member_has_an_address_of_its_own_in_10_0_0_0_8_and_keeps_it()
    {
        var members = GeneratedRoster.Members(100_000, runPrefix: 8123);

        var addresses = members.Select(member => MemberAddress.For(member.Number)).ToList();

        Assert.Equal(members.Count, addresses.Distinct().Count());
        Assert.All(addresses, address => Assert.True(IPNetwork.Parse("10.0.0.0/8").Contains(address), $"{address} is outside 10.0.0.0/8"));
        Assert.Equal(addresses[42], MemberAddress.For(members[42].Number));
    }

    [Fact]
    public void Members_come_from_their_own_addresses_unless_shared_address_is_given()
    {
        Assert.False(LoadOptions.Parse([]).SharedAddress);
        Assert.True(LoadOptions.Parse(["--shared-address"]).SharedAddress);
    }
}
