using System.Net;
using System.Text.Json;
using Onboarding.AppHost;
using Onboarding.Testing.Smtp;
using Onboarding.Testing.Wallet;

namespace Onboarding.EndToEnd.Tests;

/// <summary>
/// STEP 3 by API through the whole system (issue 5): a member of its own (roster import) through STEP 1 and STEP 2 by
/// API, the mypage sign-in by the e-mailed code, the link through the sandbox's real login and consent pages over HTTP,
/// the provider's redirect followed to the gateway's callback, and then what the rest of the co-op sees:
/// <c>WalletLinked</c> and <c>MemberOnboardingCompleted</c> (exactly once) on RabbitMQ, the balance at
/// <c>/api/wallet/me</c>, and <c>completedAt</c> in membership's progress.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class Step3ApiTests(SystemFixture system)
{
    private readonly Step3Api _step3 = new(system);

    [Fact]
    public async Task Linking_the_wallet_through_the_provider_completes_onboarding_exactly_once()
    {
        await using var walletLinked = await SystemEvents.TapAsync(system, "WalletLinked");
        await using var completed = await SystemEvents.TapAsync(system, "MemberOnboardingCompleted");
        var email = $"api3-{Guid.NewGuid():N}"[..18] + "@e2e.example.ac.jp";
        var member = await RosterImport.FreshMemberAsync(system, "小林", "大翔", registeredEmail: email);

        await _step3.CompleteSteps1And2Async(member, email);

        // STEP 3 sign-in: the e-mailed 確認コード → the member's tokens.
        var before = await _step3.MailIdsToAsync(email);
        var signIn = await _step3.StartSignInAsync(email);
        var code = await _step3.WaitForSignInCodeAsync(email, before);
        var tokens = await _step3.VerifySignInAsync(signIn.SignInId, code);
        Assert.NotEqual(Guid.Empty, tokens.MemberId);

        var progress = await _step3.GetProgressAsync(tokens.MemberId, tokens.AccessToken);
        Assert.True(progress.GetProperty("completedAt").ValueKind == JsonValueKind.Null, $"Completed before STEP 3: {progress}");
        var notYet = await _step3.GetWalletAsync(tokens.AccessToken);
        Assert.False(notYet.GetProperty("linked").GetBoolean(), notYet.ToString());

        // The link: wallet-link's authorize address is the sandbox's, with PKCE S256 and the member's address as contact.
        var (authorizationUrl, bindingCookie) = await _step3.StartLinkAsync(tokens.AccessToken);
        var sandbox = system.App.GetEndpoint(ResourceNames.WalletSandbox, ResourceNames.HttpEndpoint);
        Assert.Equal(sandbox.Authority, authorizationUrl.Authority);
        Assert.Equal("/oauth/authorize", authorizationUrl.AbsolutePath);
        Assert.Contains("code_challenge_method=S256", authorizationUrl.Query);

        using var provider = ProviderBrowser.Open(null, () => new Smtp4devClient(system.MailUrl));
        var back = await provider.AuthorizeAsync(authorizationUrl.ToString(), email);
        Assert.Equal(new Uri(system.GatewayUrl, "/api/wallet/links/callback").GetLeftPart(UriPartial.Path), back.Location.GetLeftPart(UriPartial.Path));
        Assert.False(string.IsNullOrEmpty(back["code"]), back.Location.ToString());
        Assert.False(string.IsNullOrEmpty(back["state"]), back.Location.ToString());

        // The browser that started the link (its binding cookie, which the gateway's page sets) follows the provider's
        // redirect to the gateway's callback, which ends on the mypage.
        using (var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }))
        using (var callbackRequest = new HttpRequestMessage(HttpMethod.Get, back.Location) { Headers = { { "Cookie", bindingCookie } } })
        using (var callback = await browser.SendAsync(callbackRequest))
        {
            Assert.True(callback.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther,
                $"Callback answered {(int)callback.StatusCode}: {await callback.Content.ReadAsStringAsync()}");
            Assert.Equal("/step3/mypage?link=linked", callback.Headers.Location!.OriginalString);
        }

        // On the broker: WalletLinked, then MemberOnboardingCompleted for this member.
        var linked = await walletLinked.WaitForAsync(SystemEvents.ForMember(tokens.MemberId), SystemEvents.Patience);
        Assert.Equal("pokepay", linked.GetProperty("provider").GetString());
        var done = await completed.WaitForAsync(SystemEvents.ForMember(tokens.MemberId), SystemEvents.Patience);
        Assert.Equal(member.Number, done.GetProperty("memberNumber").GetString());

        // The mypage's data: linked, with a believable balance and transactions.
        var me = await _step3.GetWalletAsync(tokens.AccessToken);
        Assert.True(me.GetProperty("linked").GetBoolean(), me.ToString());
        Assert.Equal(linked.GetProperty("walletAccountId").GetString(), me.GetProperty("walletAccountId").GetString());
        Assert.True(me.GetProperty("balance").GetDecimal() > 0, me.ToString());
        Assert.Equal(me.GetProperty("balance").GetDecimal(), me.GetProperty("moneyBalance").GetDecimal() + me.GetProperty("pointBalance").GetDecimal());
        Assert.NotEmpty(me.GetProperty("transactions").EnumerateArray());

        // Membership's progress, for the member and for an operator: completed, at the time the event says.
        var mine = await _step3.WaitForCompletedProgressAsync(tokens.MemberId, tokens.AccessToken);
        var operators = await _step3.GetProgressAsync(tokens.MemberId);
        // (The database keeps microseconds, the event the full tick precision of the moment.)
        Assert.Equal(done.GetProperty("completedAt").GetDateTimeOffset(), mine.GetProperty("completedAt").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
        Assert.Equal(mine.GetProperty("completedAt").GetDateTimeOffset(), operators.GetProperty("completedAt").GetDateTimeOffset());

        // A second link is answered (409 already_linked), not duplicated; nothing is published twice.
        using (var request = new HttpRequestMessage(HttpMethod.Post, "/api/wallet/links") { Content = System.Net.Http.Json.JsonContent.Create(new { returnUrl = "/step3/mypage" }) })
        {
            request.Headers.Authorization = new("Bearer", tokens.AccessToken);
            using var again = await system.Gateway.SendAsync(request);
            var problem = await Step1Api.ReadProblemAsync(again, HttpStatusCode.Conflict);
            Assert.Equal("already_linked", problem.Code);
        }
        Assert.Equal(1, await completed.CountAsync(SystemEvents.ForMember(tokens.MemberId), TimeSpan.FromSeconds(5)));
        Assert.Equal(1, await walletLinked.CountAsync(SystemEvents.ForMember(tokens.MemberId), TimeSpan.Zero));
    }

    [Fact]
    public async Task Progress_and_wallet_answer_only_a_caller_with_a_credential()
    {
        using var anonymous = await _step3.SendAsync(HttpMethod.Get, $"/api/membership/onboarding/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("credential_required", (await Step1Api.ReadProblemAsync(anonymous, HttpStatusCode.Unauthorized)).Code);
        using var me = await _step3.SendAsync(HttpMethod.Get, "/api/wallet/me");
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }
}
