namespace Onboarding.Setup.Tests;

/// <summary>
/// The package decision of scripts/prerequisites.sh on a fresh machine, whose apt package lists are empty (issue 10 §1):
/// once it asked apt-cache before apt-get update, found nothing, chose chromium-browser and the install failed. Run
/// against real, empty lists of their own, so a developer machine that already has everything cannot hide it.
/// </summary>
public sealed class FreshMachinePackageTests
{
    // Debian 12 (CI's machine, the fresh machine of the issue) ships Chromium as "chromium".
    private static readonly string[] RequiredPackages =
        ["postgresql", "rabbitmq-server", "chromium", "fonts-noto-cjk", "curl", "util-linux", "ca-certificates", "kubernetes-client", "npm"];

    [Fact]
    public async Task On_empty_package_lists_the_plan_updates_them_first_and_installs_every_package_with_debians_chromium()
    {
        using var apt = new AptListsSandbox();
        Assert.False(apt.HasPackageIndexes);

        var run = await PrerequisitesScript.PlanAsync(apt.Options);

        // Exit 0 also means apt-get could install the plan (simulated) from these lists alone, dependencies included.
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(apt.HasPackageIndexes, $"apt-get update did not fill the empty lists; {run}");
        Assert.Equal(RequiredPackages.Order(), (run.PlannedPackages ?? []).Order());
        Assert.DoesNotContain("chromium-browser", run.Output);
    }

    [Fact]
    public async Task When_apt_get_update_cannot_fetch_the_lists_the_script_fails_with_the_reason_instead_of_guessing_chromium_browser()
    {
        using var apt = new AptListsSandbox();
        apt.UseUnreachableMirror();

        var run = await PrerequisitesScript.PlanAsync(apt.Options);

        Assert.True(run.ExitCode != 0, run.ToString());
        Assert.Contains("apt-get update failed", run.Output);
        Assert.Null(run.PlannedPackages);
        Assert.DoesNotContain("chromium-browser", run.Output);
        Assert.False(apt.HasPackageIndexes);
    }
}
