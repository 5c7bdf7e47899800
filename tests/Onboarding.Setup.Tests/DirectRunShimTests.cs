using System.Diagnostics;

namespace Onboarding.Setup.Tests;

/// <summary>
/// scripts/direct-run/dotnet, which ./run.sh puts first on the AppHost's PATH (issue 12): the orchestrator's
/// <c>dotnet run --project … --no-build --configuration … --no-launch-profile</c> must start the built executable with the
/// app's own arguments, and anything it does not fully understand must reach the real dotnet unchanged. Run against a
/// stand-in "real dotnet" and a stand-in built executable, both of which print what they were given.
/// </summary>
public sealed class DirectRunShimTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("direct-run-");
    private readonly string _project;
    private readonly string _realDotnet;

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public DirectRunShimTests()
    {
        var projectDirectory = Directory.CreateDirectory(Path.Combine(_root.FullName, "svc"));
        _project = Path.Combine(projectDirectory.FullName, "Svc.csproj");
        File.WriteAllText(_project, "<Project />");
        _realDotnet = Path.Combine(_root.FullName, "real-dotnet");
        WriteEchoScript(_realDotnet, "real");
        var bin = Directory.CreateDirectory(Path.Combine(projectDirectory.FullName, "bin", "Debug", "net10.0"));
        WriteEchoScript(Path.Combine(bin.FullName, "Svc"), "built");
    }

    [Fact]
    public async Task The_orchestrators_no_build_run_starts_the_built_executable_with_the_apps_arguments_only()
    {
        var output = await ShimAsync("run", "--project", _project, "--no-build", "--configuration", "Debug", "--no-launch-profile", "--", "migrate");

        Assert.Equal("built migrate", output);
    }

    [Fact]
    public async Task Without_arguments_for_the_app_the_built_executable_gets_none()
    {
        var output = await ShimAsync("run", "--project", _project, "--no-build", "--configuration", "Debug", "--no-launch-profile");

        Assert.Equal("built", output);
    }

    [Theory]
    [InlineData("build")] // another command
    [InlineData("run", "--project", "{project}", "--configuration", "Debug", "--no-launch-profile")] // a run that builds
    [InlineData("run", "--project", "{project}", "--no-build", "--configuration", "Debug")] // with a launch profile
    [InlineData("run", "--project", "{project}", "--no-build", "--configuration", "Release", "--no-launch-profile")] // not built
    [InlineData("run", "--project", "{project}", "--no-build", "--configuration", "Debug", "--no-launch-profile", "--framework", "net10.0")] // an option it does not know
    public async Task Anything_else_goes_to_the_real_dotnet_unchanged(params string[] arguments)
    {
        var resolved = arguments.Select(argument => argument.Replace("{project}", _project, StringComparison.Ordinal)).ToArray();

        var output = await ShimAsync(resolved);

        Assert.Equal($"real {string.Join(' ', resolved)}", output);
    }

    public void Dispose() => _root.Delete(recursive: true);

    private async Task<string> ShimAsync(params string[] arguments)
    {
        var shim = Path.Combine(RepositoryRoot(), "scripts", "direct-run", "dotnet");
        var start = new ProcessStartInfo(shim, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["ONBOARDING_REAL_DOTNET"] = _realDotnet;
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"exit code {process.ExitCode}: {error}");
        return output.Trim();
    }

    // The shim is a bash script for Linux and macOS (run.sh); so are these tests.
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void WriteEchoScript(string path, string name)
    {
        File.WriteAllText(path, $"#!/usr/bin/env bash\necho {name} \"$@\"\n");
        File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Onboarding.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("Onboarding.sln not found above the test's directory.");
    }
}
