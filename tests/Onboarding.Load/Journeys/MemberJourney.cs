using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Onboarding.Load.Codes;
using Onboarding.Load.Metrics;
using Onboarding.Testing.Wallet;

namespace Onboarding.Load.Journeys;

/// <summary>What every journey shares: where the gateway is, where codes arrive, where figures go.</summary>
/// <param name="AddressPerMember">Each member's gateway requests carry its own <see cref="MemberAddress"/>; false: all from the generator's.</param>
/// <param name="Presses">How a member answers a retryable message; <see cref="RetryPresses.None"/> unless a fault runs.</param>
/// <param name="Outcomes">How journeys started in the measured window end, counted whenever they end.</param>
public sealed record JourneyContext(
    Uri Gateway, CodeMailbox Codes, LoadMetrics Metrics, TimeSpan CodeTimeout, bool AddressPerMember = true,
    RetryPresses? Presses = null, JourneyOutcomes? Outcomes = null)
{
    public const string Password = "Koala-Sunrise-2026";
}

/// <summary>
/// One member's whole journey over HTTP, page by page as a browser without JavaScript goes: STEP 1 (lookup, confirm,
/// passcode to the address on file), STEP 2 (sign-up code, password and name, SMS code), STEP 3 (sign-in code, 続行,
/// the provider's login, 認証コード and consent) and back on the mypage with the link made. Codes come from the
/// <see cref="CodeMailbox"/> the generator's SMTP and phone sinks fill. After a retryable message the member presses
/// again as <see cref="JourneyContext.Presses"/> allows (a fault run); whether they had to is part of the outcome.
/// </summary>
public sealed partial class MemberJourney(JourneyContext context, RosterMember member)
{
    private const int SignupAttempts = 40;
    private static readonly TimeSpan SignupRetryDelay = TimeSpan.FromMilliseconds(250);
    private string _step = "STEP 1";
    private bool _pressedAgain;

    private RetryPresses Presses => context.Presses ?? RetryPresses.None;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var metrics = context.Metrics;
        // Counted to the end only if started inside the measured window, as LoadMetrics counts it.
        var outcomes = metrics.Measuring ? context.Outcomes : null;
        outcomes?.JourneyStarted();
        metrics.JourneyStarted();
        var started = Stopwatch.GetTimestamp();
        var gatewayClient = NewClient("gateway", context.Gateway);
        if (context.AddressPerMember)
        {
            gatewayClient.DefaultRequestHeaders.Add(MemberAddress.Header, MemberAddress.For(member.Number).ToString());
        }
        using var gateway = new GatewayBrowser(gatewayClient, () => _step, Presses, PressedAgain);
        try
        {
            await TimedAsync("STEP 1", () => Step1Async(gateway));
            await TimedAsync("STEP 2", () => Step2Async(gateway, cancellationToken));
            await TimedAsync("STEP 3", () => Step3Async(gateway));
            metrics.JourneyCompleted(Stopwatch.GetElapsedTime(started));
            outcomes?.JourneyCompleted(_pressedAgain);
        }
        catch (JourneyFailure failure)
        {
            metrics.JourneyFailed(failure.Key);
            outcomes?.JourneyFailed(failure.Kind, failure.Key);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var key = $"{_step} {Describe(exception)}";
            metrics.JourneyFailed(key);
            outcomes?.JourneyFailed(FailureKind.Error, key);
        }
        finally
        {
            context.Codes.Forget(member.Email);
            context.Codes.Forget(member.PhoneE164);
        }
    }

    private async Task Step1Async(GatewayBrowser browser)
    {
        await browser.GetAsync("/");
        var lookup = await browser.GetAsync("/step1");
        var confirm = await browser.SubmitExpectingAsync(lookup, "/step1/confirm", null,
            ("MemberNumber", member.Number),
            ("BirthYear", member.BirthDate.Year.ToString(CultureInfo.InvariantCulture)),
            ("BirthMonth", member.BirthDate.Month.ToString(CultureInfo.InvariantCulture)),
            ("BirthDay", member.BirthDate.Day.ToString(CultureInfo.InvariantCulture)));
        var email = await browser.SubmitExpectingAsync(confirm, "/step1/email", "/continue");
        var passcodePage = await SubmitForCodeAsync(browser, email, "/step1/passcode/", "/registered", member.Email, "STEP 1 passcode mail");
        await browser.SubmitExpectingAsync(passcodePage.Page, "/step1/done", null, ("Passcode", passcodePage.Code));
    }

    private async Task Step2Async(GatewayBrowser browser, CancellationToken cancellationToken)
    {
        await browser.GetAsync("/step2");
        var signup = await browser.GetAsync("/step2/signup");
        // identity-portal learns of the confirmed address from STEP 1's event; until it has, the page says so
        // (#to-step1) and the member presses again, as JourneyDriver's PressUntil does. In a fault run the event may
        // wait for the broker: the member then keeps pressing as after any retryable message.
        for (var attempt = 1; ; attempt++)
        {
            var answer = await browser.SubmitAsync(signup);
            if (answer.Location?.AbsolutePath == "/step2/code")
            {
                var answeredAt = DateTimeOffset.UtcNow;
                var codePage = await browser.FollowAsync(answer);
                var code = await WaitForCodeAsync(member.Email, "STEP 2 sign-up code mail", answeredAt);
                await browser.SubmitExpectingAsync(codePage, "/step2/verified", null, ("Code", code));
                break;
            }
            if (attempt >= SignupAttempts + Presses.Tries || answer.Status != HttpStatusCode.OK || !PageForm.HasElement(answer.Html, "to-step1"))
            {
                browser.ExpectRedirect(answer, "/step2/code", HttpMethod.Post);
            }
            context.Metrics.RecordRetry("STEP 2 sign-up pressed again (address not yet known to identity-portal)");
            if (attempt >= SignupAttempts) PressedAgain("STEP 2 sign-up still without the address after the quick presses");
            await Task.Delay(attempt < SignupAttempts ? SignupRetryDelay : Presses.Pause, cancellationToken);
            signup = answer;
        }

        var profile = await browser.GetAsync("/step2/profile");
        var phone = await browser.SubmitExpectingAsync(profile, "/step2/phone", null,
            ("Password", JourneyContext.Password), ("PasswordConfirmation", JourneyContext.Password),
            ("FamilyName", member.FamilyName), ("GivenName", member.GivenName));
        var phoneCode = await SubmitForCodeAsync(browser, phone, "/step2/phone/code", null, member.PhoneE164, "STEP 2 SMS",
            ("PhoneNumber", member.PhoneTyped), ("Channel", "sms"));
        await browser.SubmitExpectingAsync(phoneCode.Page, "/step2/done", null, ("Code", phoneCode.Code));
    }

    private async Task Step3Async(GatewayBrowser browser)
    {
        var signIn = await browser.GetAsync("/step3");
        var codePage = await SubmitForCodeAsync(browser, signIn, "/step3/code", null, member.Email, "STEP 3 sign-in code mail", ("Email", member.Email));
        var verified = await browser.SubmitExpectingAsync(codePage.Page, "/step3/verified", null, ("Code", codePage.Code));
        for (var press = 0; ; press++)
        {
            var mypage = await LinkAsync(browser, verified);
            var outcome = LinkOutcomeOf(mypage.Url);
            if (mypage.Url.AbsolutePath.StartsWith("/step3/mypage", StringComparison.Ordinal) && outcome == "linked") return;
            // The mypage says the provider could not be reached (unavailable) or the link failed: the member presses
            // 連携 again, as the page invites.
            if (outcome is not ("unavailable" or "failed") || press >= Presses.Tries)
            {
                throw new JourneyFailure(_step, "GET /api/wallet/links/callback", (int)mypage.Status, null, $"ended on {mypage.Url.PathAndQuery}",
                    outcome is "unavailable" or "failed" && Presses.Tries > 0 ? FailureKind.Retryable : FailureKind.Error);
            }
            PressedAgain($"STEP 3 link pressed again after link={outcome}");
            await Task.Delay(Presses.Pause);
        }
    }

    /// <summary>
    /// From the verified page's 連携 button through the provider's pages back to the gateway's mypage. Each press logs
    /// in at the provider afresh (a browser of its own there): ProviderBrowser expects the login page, which a
    /// session kept from an earlier press would skip.
    /// </summary>
    private async Task<Page> LinkAsync(GatewayBrowser browser, Page verified)
    {
        using var provider = new ProviderBrowser(NewClient("provider", baseAddress: null),
            () => throw new InvalidOperationException("Provider codes come from the load generator's SMTP sink."));
        var link = await browser.SubmitExpectingAsync(verified, "/step3/link", "/step3/link");
        var authorizeUrl = PageForm.HrefOf(link.Html, "to-provider")
            ?? throw new JourneyFailure(_step, "GET /step3/link", (int)link.Status, null, "no #to-provider link");

        ClientRedirect back;
        try
        {
            var loginUrl = await provider.StartAuthorizationAsync(authorizeUrl);
            var codeUrl = await provider.SubmitContactAsync(loginUrl, member.Email);
            var answeredAt = DateTimeOffset.UtcNow;
            // The stand-in mails the code before it answers, so this delivery reads 0 ms: counted, not a latency.
            var code = await WaitForCodeAsync(member.Email, "provider login code mail (sent before its answer)", answeredAt);
            var backToAuthorize = await provider.SubmitCodeAsync(codeUrl, code);
            back = await provider.ConsentAsync(backToAuthorize);
        }
        catch (Exception exception) when (exception is not JourneyFailure and not TimeoutException)
        {
            // ProviderBrowser checks each answer with xunit's assertions: their message carries the status.
            var status = StatusInMessage().Match(exception.Message);
            throw new JourneyFailure(_step, "provider pages", status.Success ? int.Parse(status.Groups[1].Value, CultureInfo.InvariantCulture) : null,
                null, Describe(exception));
        }

        return await browser.GetFollowingAsync(back.Location.ToString());
    }

    private static string? LinkOutcomeOf(Uri url) =>
        System.Web.HttpUtility.ParseQueryString(url.Query)["link"];

    private void PressedAgain(string what)
    {
        _pressedAgain = true;
        context.Metrics.RecordRetry(what);
    }

    private sealed record CodePage(Page Page, string Code);

    /// <summary>Posts a form that makes the system send a code; follows to the code page and waits for the code.</summary>
    private async Task<CodePage> SubmitForCodeAsync(
        GatewayBrowser browser, Page page, string expectedPath, string? actionContains, string recipient, string codeKind,
        params (string Name, string Value)[] fields)
    {
        var answer = await browser.SubmitAsync(page, actionContains, fields);
        var answeredAt = DateTimeOffset.UtcNow;
        browser.ExpectRedirect(answer, expectedPath, HttpMethod.Post);
        var codePage = await browser.FollowAsync(answer);
        return new CodePage(codePage, await WaitForCodeAsync(recipient, codeKind, answeredAt));
    }

    private async Task<string> WaitForCodeAsync(string recipient, string codeKind, DateTimeOffset answeredAt)
    {
        try
        {
            var received = await context.Codes.NextAsync(recipient, context.CodeTimeout);
            context.Metrics.RecordCodeDelivery(codeKind, received.AcceptedAt - answeredAt);
            return received.Code;
        }
        catch (TimeoutException)
        {
            throw new JourneyFailure(_step, codeKind, null, null, "never arrived", FailureKind.CodeNeverArrived);
        }
    }

    private async Task TimedAsync(string step, Func<Task> run)
    {
        _step = step;
        var started = Stopwatch.GetTimestamp();
        await run();
        context.Metrics.RecordStep(step, Stopwatch.GetElapsedTime(started));
    }

    private HttpClient NewClient(string site, Uri? baseAddress)
    {
        // Each member is a browser of its own: its own cookies and connections.
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
        return new HttpClient(new TimingHandler(context.Metrics, site, handler)) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    private static string Describe(Exception exception)
    {
        var firstLine = exception.Message.Split('\n', 2)[0];
        return $"{exception.GetType().Name}: {(firstLine.Length > 120 ? firstLine[..120] : firstLine)}";
    }

    [GeneratedRegex(@"got (\d{3})")]
    private static partial Regex StatusInMessage();
}
