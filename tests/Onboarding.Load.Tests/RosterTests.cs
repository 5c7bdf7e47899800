using Onboarding.Load.Roster;

namespace Onboarding.Load.Tests;

public sealed class RosterTests
{
    [Fact]
    public async Task The_generated_roster_has_unique_members_and_the_csv_operators_import()
    {
        var members = GeneratedRoster.Members(1000, runPrefix: 8123);

        Assert.Equal(1000, members.Select(m => m.Number).Distinct().Count());
        Assert.Equal(1000, members.Select(m => m.PhoneE164).Distinct().Count());
        Assert.All(members, m => Assert.Matches("^8123[0-9]{8}$", m.Number));
        Assert.All(members, m => Assert.Matches(@"^\+8190[1-9][0-9]{7}$", m.PhoneE164));
        Assert.All(members, m => Assert.Equal(m.PhoneE164, "+81" + m.PhoneTyped[1..]));

        var path = Path.GetTempFileName();
        try
        {
            await GeneratedRoster.WriteCsvAsync(path, members.Take(2));
            var lines = await File.ReadAllLinesAsync(path);
            Assert.Equal("member_number,birth_date,family_name,given_name,family_name_kana,given_name_kana,coop,email", lines[0]);
            Assert.Equal("812300000000,2005-04-02,岡田,太郎,オカダ,タロウ,東海大学生協,m812300000000@load.onboarding.example", lines[1]);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
