namespace Onboarding.Testing;

internal static class Readiness
{
    /// <summary>Retries <paramref name="probe"/> until it succeeds; fails loudly with the server's own output.</summary>
    public static async Task WaitAsync(string what, Func<Task> probe, LocalServerProcess? server, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        Exception? last = null;
        while (DateTime.UtcNow < deadline)
        {
            if (server is { HasExited: true })
            {
                throw new InvalidOperationException($"{what} exited during start-up:{Environment.NewLine}{server.RecentOutput}");
            }
            try
            {
                await probe();
                return;
            }
            catch (Exception exception)
            {
                last = exception;
                await Task.Delay(200);
            }
        }
        throw new TimeoutException(
            $"{what} did not become ready within {timeout}: {last?.Message}{Environment.NewLine}{server?.RecentOutput}", last);
    }
}
