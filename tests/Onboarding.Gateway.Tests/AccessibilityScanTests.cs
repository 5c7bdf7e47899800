using Onboarding.Gateway.Tests.Infrastructure;
using Onboarding.Testing.Browser;
using Xunit.Sdk;

namespace Onboarding.Gateway.Tests;

/// <summary>The scan itself: it must fail on a page with a serious problem, or its silence on our pages means nothing.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityScanTests(BrowserFixture browser)
{
    [Fact]
    public async Task Scan_fails_on_an_unlabelled_input_and_an_image_without_alt()
    {
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetContentAsync("""<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main><h1>t</h1><input type="text"><img src="data:,"></main></body></html>""");

        var failure = await Assert.ThrowsAsync<TrueException>(() => AccessibilityScan.AssertNoSeriousViolationsAsync(page, "bad-page"));

        Assert.Contains("label", failure.Message);
        Assert.Contains("image-alt", failure.Message);
    }
}
