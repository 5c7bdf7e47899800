using Onboarding.Load.SystemUnderLoad;

namespace Onboarding.Load.Tests;

public sealed class RunLockTests
{
    [Fact]
    public void A_second_run_on_the_same_data_directory_is_refused_until_the_first_ends()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"load-lock-{Guid.NewGuid():N}");
        try
        {
            using (RunLock.Acquire(directory))
            {
                var refused = Assert.Throws<InvalidOperationException>(() => RunLock.Acquire(directory));
                Assert.Contains($"pid {Environment.ProcessId}", refused.Message);
            }
            using var after = RunLock.Acquire(directory);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
