using Microsoft.Playwright;
using Xunit;

namespace Onboarding.Testing.Browser;

/// <summary>
/// One headless Chromium per test class (or collection), driven by Playwright. It launches the browser
/// the operating system installed (<c>/usr/bin/chromium</c>, or <c>CHROMIUM_PATH</c>): Playwright's own
/// browser download cannot work on these machines, so <c>playwright install</c> is never needed.
/// Shared by the gateway's browser tests (fake services) and the end-to-end tests (the whole system).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string DefaultChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Where <see cref="SaveScreenshotAsync"/> writes: <c>TestResults/screenshots</c> under the test output.</summary>
    public string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not been launched yet.");

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? DefaultChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>
    /// A fresh context (own cookies and storage) whose browser asks for <paramref name="locale"/>
    /// in <c>Accept-Language</c>. Dispose it at the end of the test.
    /// </summary>
    public Task<IBrowserContext> NewContextAsync(Uri baseAddress, string locale = "ja-JP", int width = 1280, int height = 900) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            Locale = locale,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });

    /// <summary>Saves a full-page PNG as <c>&lt;name&gt;.png</c> and returns its path.</summary>
    public async Task<string> SaveScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        var safeName = string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '-'));
        var path = Path.Combine(ScreenshotDirectory, safeName + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
    }
}
