using System.Net;
using System.Text.Json;

namespace Onboarding.EndToEnd.Tests;

/// <summary>
/// STEP 2 by API against the running system: an address confirmed in STEP 1 through the real membership service
/// reaches identity-portal as <c>MemberEmailConfirmed</c>; the sign-up's e-mail code is read from smtp4dev and the SMS
/// code from the notification service's development phone sink, and the account is created.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class Step2ApiTests(SystemFixture system)
{
    private readonly Step1Api _step1 = new(system);
    private readonly Step2Api _step2 = new(system);

    /// <summary>
    /// 鈴木 一郎 (whose other use, the wrong-birth-date check, changes nothing): a new address in STEP 1, then the
    /// whole sign-up with it.
    /// </summary>
    [Fact]
    public async Task AnAddressConfirmedInStep1SignsUpWithTheMailedCodeAndTheSmsCode()
    {
        var email = $"ichiro-{Guid.NewGuid():N}"[..22] + "@e2e.example.jp";
        var (phone, e164) = Step2Api.UniqueMobileNumber();

        // STEP 1: lookup → the new address typed twice → the passcode mailed to it → confirmed.
        var lookup = await _step1.LookUpAsync(SeededMembers.Suzuki.Number, SeededMembers.Suzuki.BirthDate);
        Assert.Equal(SeededMembers.Suzuki.MaskedName, lookup.MaskedName);
        var sent = await _step1.SendToNewAsync(SeededMembers.Suzuki.Number, lookup.LookupId, email);
        var passcodeMail = await PasscodeMail.WaitForAsync(system.Inbox, sent.ChallengeId);
        Assert.Equal(email, passcodeMail.Recipient);
        using (var verified = await _step1.VerifyAsync(sent.ChallengeId, passcodeMail.Passcode))
        {
            var confirmed = await Step1Api.ReadAsync<Step1Api.EmailConfirmed>(verified, HttpStatusCode.OK);
            Assert.Equal(email, confirmed.Email);
        }

        // STEP 2: sign up (once the portal has the confirmation) → the mailed code.
        var signup = await _step2.StartSignupOnceStep1ArrivedAsync(email);
        Assert.NotEqual(Guid.Empty, signup.SignupId);
        var emailCode = await _step2.WaitForEmailCodeAsync(email);
        using (var response = await _step2.VerifyEmailAsync(signup.SignupId, emailCode))
        {
            var emailVerified = await Step1Api.ReadAsync<Step2Api.EmailVerified>(response, HttpStatusCode.OK);
            Assert.Equal(email, emailVerified.Email);
        }

        // Password and name.
        using (var response = await _step2.SetProfileAsync(signup.SignupId, "Koala-Sunrise-2026", "鈴木", "一郎"))
        {
            var profile = await Step1Api.ReadAsync<Step2Api.ProfileSet>(response, HttpStatusCode.OK);
            Assert.Equal(("鈴木", "一郎"), (profile.FamilyName, profile.GivenName));
        }

        // The phone, by SMS: the code lands in the notification service's development sink.
        using (var response = await _step2.SendPhoneCodeAsync(signup.SignupId, phone))
        {
            await Step1Api.ReadAsync<Step2Api.PhoneCodeSent>(response, HttpStatusCode.Accepted);
        }
        var sms = await _step2.WaitForPhoneCodeAsync(e164);
        Assert.Equal("sms", sms.Channel);
        Assert.Equal(e164, sms.To);

        using (var response = await _step2.VerifyPhoneAsync(signup.SignupId, sms.Code!))
        {
            var account = await Step1Api.ReadAsync<Step2Api.AccountCreated>(response, HttpStatusCode.Created);
            Assert.NotEqual(Guid.Empty, account.AccountId);
        }
    }

    [Fact]
    public async Task AnAddressNeverConfirmedInStep1CannotSignUp()
    {
        var email = $"never-confirmed-{Guid.NewGuid():N}@e2e.example.jp";

        using var response = await _step2.PostSignupAsync(email);

        var problem = await Step1Api.ReadProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("step1_not_completed", problem.Code);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("/step1", body.RootElement.GetProperty("nextStep").GetString());
        Assert.Empty(await system.Inbox.ListMessagesToAsync(email));
    }
}
