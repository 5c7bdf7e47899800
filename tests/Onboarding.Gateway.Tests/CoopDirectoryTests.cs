extern alias membership;

using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Onboarding.Gateway.Coops;
using Onboarding.Gateway.Tests.Infrastructure;
using DevelopmentMembers = membership::Onboarding.Membership.Infrastructure.DevelopmentMembers;

namespace Onboarding.Gateway.Tests;

/// <summary>The co-op directory from configuration: what start refuses, and how a member's co-op is found in it.</summary>
public sealed class CoopDirectoryTests
{
    private static CoopDirectoryEntry Valid(string coop = "東海大学生協") => new()
    {
        Coop = coop,
        Name = new() { Ja = "東海大学生活協同組合", En = "Tokai University Co-op" },
        Phone = "0463-00-1201",
        Hours = new() { Ja = "平日 10:00〜17:00", En = "Weekdays 10:00–17:00" },
        Email = "help@tokai.univcoop.example",
        Url = "https://tokai.univcoop.example/help",
    };

    private static ValidateOptionsResult Validate(params CoopDirectoryEntry[] entries) =>
        new CoopDirectoryValidation().Validate(null, new CoopDirectoryOptions { Directory = [.. entries] });

    [Fact]
    public void A_complete_directory_and_an_empty_one_are_accepted()
    {
        Assert.True(Validate(Valid(), Valid("京都大学生協")).Succeeded);
        var withoutUrl = Valid();
        withoutUrl.Url = null;
        Assert.True(Validate(withoutUrl).Succeeded);
        Assert.True(Validate().Succeeded);
    }

    [Fact]
    public void Each_malformed_field_is_refused_naming_the_entry_and_the_field()
    {
        (Action<CoopDirectoryEntry> spoil, string message)[] rows =
        [
            (e => e.Coop = " ", "Coops:Directory:0: Coop is required"),
            (e => e.Coop = new string('生', 201), "Coop is longer than the roster allows"),
            (e => e.Name!.Ja = null, "Coops:Directory:0 (東海大学生協): Name:Ja is required"),
            (e => e.Name!.En = "", "Coops:Directory:0 (東海大学生協): Name:En is required"),
            (e => e.Hours!.Ja = null, "Hours:Ja is required"),
            (e => e.Hours!.En = new string('x', 201), "Hours:En is longer than 200 characters"),
            (e => e.Phone = null, "Coops:Directory:0 (東海大学生協): Phone is required"),
            (e => e.Phone = "0463-00-12O1", "Phone \"0463-00-12O1\" is not a phone number"), // a letter O
            (e => e.Phone = "0463--001201", "is not a phone number"),
            (e => e.Phone = "123-456", "is not a phone number"), // too few digits
            (e => e.Phone = "０４６３−００−１２０１", "is not a phone number"), // full-width: not dialable as a tel: link
            (e => e.Email = "", "Coops:Directory:0 (東海大学生協): Email is required"),
            (e => e.Email = "help at tokai", "Email \"help at tokai\" is not an e-mail address"),
            (e => e.Email = "Help <help@tokai.univcoop.example>", "is not an e-mail address"),
            (e => e.Email = "help@localhost", "is not an e-mail address"),
            (e => e.Url = "tokai.univcoop.example/help", "Url \"tokai.univcoop.example/help\" is not an absolute https or http address"),
            (e => e.Url = "javascript:alert(1)", "is not an absolute https or http address"),
        ];

        Assert.All(rows, row =>
        {
            var entry = Valid();
            row.spoil(entry);

            var result = Validate(entry);

            Assert.True(result.Failed, row.message);
            var failure = Assert.Single(result.Failures!);
            Assert.Contains(row.message, failure);
        });
    }

    [Fact]
    public void A_coop_listed_twice_is_refused_also_when_written_in_full_width()
    {
        var result = Validate(Valid("ＡＢＣ大学生協"), Valid("京都大学生協"), Valid("ABC大学生協"));

        var failure = Assert.Single(result.Failures!);
        Assert.Equal("Coops:Directory:2 (ABC大学生協): Coop appears twice (also Coops:Directory:0).", failure);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var first = Valid();
        first.Phone = "abc";
        var second = Valid("京都大学生協");
        second.Email = "nobody";
        second.Hours = null;

        var result = Validate(first, second);

        Assert.Equal(4, result.Failures!.Count());
        Assert.Contains(result.Failures!, f => f.StartsWith("Coops:Directory:0 (東海大学生協): Phone", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("Coops:Directory:1 (京都大学生協): Email", StringComparison.Ordinal));
    }

    [Fact]
    public void A_members_coop_is_found_as_the_roster_writes_it()
    {
        var directory = new CoopDirectory(Options.Create(new CoopDirectoryOptions { Directory = [Valid("ＡＢＣ大学生協"), Valid("京都大学生協")] }));

        Assert.Equal("ＡＢＣ大学生協", directory.Find("ABC大学生協 ")?.Coop);
        Assert.Equal("京都大学生協", directory.Find("京都大学生協")?.Coop);
        Assert.Null(directory.Find("大阪大学生協"));
        Assert.Null(directory.Find(null));
        Assert.Null(directory.Find(""));
        Assert.Equal(["ＡＢＣ大学生協", "京都大学生協"], directory.All.Select(c => c.Coop));
        Assert.Equal("tel:0463001201", directory.All[0].PhoneUri);
        Assert.Equal("mailto:help@tokai.univcoop.example", directory.All[0].EmailUri);
    }

    [Fact]
    public void The_development_directory_is_valid_and_lists_the_coop_of_every_seeded_member()
    {
        var options = new CoopDirectoryOptions();
        new ConfigurationBuilder().AddJsonFile(DevelopmentSettingsPath()).Build().GetSection(CoopDirectoryOptions.SectionName).Bind(options);

        Assert.True(new CoopDirectoryValidation().Validate(null, options).Succeeded);
        var directory = new CoopDirectory(Options.Create(options));
        Assert.All(DevelopmentMembers.All, member => Assert.NotNull(directory.Find(member.Coop)));
    }

    [Fact]
    public async Task The_gateway_does_not_start_with_a_malformed_entry_and_says_which()
    {
        await using var gateway = new GatewayFactory();
        await using var factory = gateway.WithWebHostBuilder(builder => builder.UseSetting("Coops:Directory:1:Phone", "call us"));

        var failure = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(failure);
        Assert.Contains("Coops:Directory:1 (東京大学生協): Phone \"call us\" is not a phone number", failure.ToString());
    }

    private static string DevelopmentSettingsPath()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "gateway", "Onboarding.Gateway", "appsettings.Development.json");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("gateway/Onboarding.Gateway/appsettings.Development.json not found above " + AppContext.BaseDirectory);
    }
}
