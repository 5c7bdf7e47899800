namespace Onboarding.Gateway.Tests.Infrastructure;

/// <summary>The STEP 2 forms, posted the way a browser without JavaScript would.</summary>
public static class Step2Steps
{
    /// <summary>STEP 1 for member 1 (registered address) in this client, leaving the confirmed-address cookie.</summary>
    public static async Task CompleteStep1Async(HttpClient client, FakeMembership membership)
    {
        var challengeId = await Step1Steps.StartPasscodeAsync(client);
        var response = await Step1Steps.VerifyAsync(client, challengeId, membership.LastMail.Code);
        Assert.Equal("/step1/done", response.Headers.Location?.OriginalString);
    }

    public static Task<HttpResponseMessage> SignUpAsync(HttpClient client, string? email = null) =>
        HtmlForms.PostFormAsync(client, "/step2/signup", "/step2/signup",
            email is null ? null : new Dictionary<string, string> { ["Email"] = email });

    public static Task<HttpResponseMessage> VerifyAsync(HttpClient client, string code) =>
        HtmlForms.PostFormAsync(client, "/step2/code", "/step2/code", new Dictionary<string, string> { ["Code"] = code });

    public static Task<HttpResponseMessage> ResendAsync(HttpClient client) =>
        HtmlForms.PostFormAsync(client, "/step2/code", "/step2/code/resend");

    public static Task<HttpResponseMessage> SetProfileAsync(HttpClient client, string password = "correct-horse-42", string? confirmation = null, string familyName = "岡田", string givenName = "太郎") =>
        HtmlForms.PostFormAsync(client, "/step2/profile", "/step2/profile", new Dictionary<string, string>
        {
            ["Password"] = password,
            ["PasswordConfirmation"] = confirmation ?? password,
            ["FamilyName"] = familyName,
            ["GivenName"] = givenName,
        });

    public static Task<HttpResponseMessage> SendPhoneCodeAsync(HttpClient client, string phoneNumber, string channel = "sms") =>
        HtmlForms.PostFormAsync(client, "/step2/phone", "/step2/phone", new Dictionary<string, string> { ["PhoneNumber"] = phoneNumber, ["Channel"] = channel });

    public static Task<HttpResponseMessage> VerifyPhoneAsync(HttpClient client, string code) =>
        HtmlForms.PostFormAsync(client, "/step2/phone/code", "/step2/phone/code", new Dictionary<string, string> { ["Code"] = code });

    public static Task<HttpResponseMessage> ResendPhoneCodeAsync(HttpClient client, string channel) =>
        HtmlForms.PostFormAsync(client, "/step2/phone/code", "/step2/phone/code/resend", new Dictionary<string, string> { ["Channel"] = channel });
}
