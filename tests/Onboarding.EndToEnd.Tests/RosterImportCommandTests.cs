using System.Text;
using Onboarding.AppHost;
using Onboarding.AppHost.Commands;

namespace Onboarding.EndToEnd.Tests;

/// <summary>The operators' dashboard command imports a roster file into the running system.</summary>
[Collection(SystemCollection.Name)]
public sealed class RosterImportCommandTests(SystemFixture system)
{
    [Fact]
    public async Task The_dashboard_command_imports_a_roster_whose_members_can_then_start_step_1()
    {
        var file = Path.Combine(Path.GetTempPath(), $"roster-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, """
            member_number,birth_date,family_name,given_name,family_name_kana,given_name_kana,coop,email
            700000000001,2006-05-05,山田,次郎,ヤマダ,ジロウ,東海大学生協,
            7000-0000-0002,2006/5/6,木村,優,キムラ,ユウ,東海大学生協,yu.kimura@example.ac.jp
            70000000000X,2006-05-07,悪い,番号,,,東海大学生協,
            """, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        try
        {
            var result = await RunAsync(file);

            Assert.True(result.Success, result.Message);
            var lookup = await new Step1Api(system).LookUpAsync("700000000002", "2006-05-06");
            Assert.Equal("木*優", lookup.MaskedName);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_missing_file_is_reported_as_a_failure()
    {
        var result = await RunAsync("/nonexistent/roster.csv");

        Assert.False(result.Success);
        Assert.Contains("No such file", result.Message);
    }

    private Task<ExecuteCommandResult> RunAsync(string path) =>
        system.App.ResourceCommands.ExecuteCommandAsync(ResourceNames.Membership, RosterImportCommand.Name,
            new InteractionInputCollection([new InteractionInput { Name = "path", InputType = InputType.Text, Label = "path", Value = path }]));
}
