using System.Net;
using Onboarding.OperatorConsole.Tests.Infrastructure;

namespace Onboarding.OperatorConsole.Tests;

/// <summary>One client address gets a limited number of sign-in requests a minute, then a 429 page that says to wait.</summary>
public sealed class SignInRateLimitTests : IAsyncLifetime
{
    private const int Permits = 4;
    private ConsoleFactory _console = null!;

    public async Task InitializeAsync() => _console = await ConsoleFactory.StartAsync(settings: new Dictionary<string, string?>
    {
        ["OperatorConsole:SignInPermitsPerMinute"] = Permits.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    public async Task DisposeAsync() => await _console.DisposeAsync();

    [Fact]
    public async Task Past_the_limit_the_sign_in_pages_answer_429_and_other_pages_still_answer()
    {
        using var client = _console.NewClient();
        for (var i = 0; i < Permits; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/signin")).StatusCode);

        using var limited = await client.GetAsync("/signin");
        using var code = await client.GetAsync("/signin/code");
        using var health = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("しばらくお待ちください", await limited.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.TooManyRequests, code.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
