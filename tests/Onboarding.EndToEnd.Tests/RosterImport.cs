using System.Text;
using Onboarding.AppHost;
using Onboarding.AppHost.Commands;

namespace Onboarding.EndToEnd.Tests;

/// <summary>
/// Members of a test's own, added through the operators' roster import command (as <see cref="Step2BrowserDriver"/>
/// does), for tests that must take a member through STEP 2 — which happens once per member per system start.
/// </summary>
public static class RosterImport
{
    /// <summary>
    /// A random 12-digit number starting with <paramref name="firstDigit"/> (7 by default; the STEP 2 browser tests use
    /// 6; no seeded member starts with either), born 2006-05-17, imported as an operator would.
    /// </summary>
    public static async Task<Step2BrowserDriver.FreshMember> FreshMemberAsync(
        SystemFixture system, string familyName, string givenName, string? registeredEmail, char firstDigit = '7',
        string familyNameKana = "テスト", string givenNameKana = "テスト")
    {
        var number = firstDigit + Random.Shared.NextInt64(0, 100_000_000_000).ToString("D11");
        var member = new Step2BrowserDriver.FreshMember(number, 2006, 5, 17, familyName, givenName, registeredEmail);
        var file = Path.Combine(Path.GetTempPath(), $"roster-e2e-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, $"""
            member_number,birth_date,family_name,given_name,family_name_kana,given_name_kana,coop,email
            {number},2006-05-17,{familyName},{givenName},{familyNameKana},{givenNameKana},東海大学生協,{registeredEmail}
            """, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        try
        {
            var result = await system.App.ResourceCommands.ExecuteCommandAsync(system.CommandTarget(ResourceNames.Membership), RosterImportCommand.Name,
                new InteractionInputCollection([new InteractionInput { Name = "path", InputType = InputType.Text, Label = "path", Value = file }]));
            Assert.True(result.Success, $"Roster import of {number}: {result.Message}");
        }
        finally
        {
            File.Delete(file);
        }
        return member;
    }
}
