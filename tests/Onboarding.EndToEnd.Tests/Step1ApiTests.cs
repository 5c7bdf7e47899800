using System.Net;

namespace Onboarding.EndToEnd.Tests;

/// <summary>
/// STEP 1 through the gateway's HTTP API against the running system: lookup → passcode → the real mail in smtp4dev →
/// verification. Each test uses its own seeded member or a fresh address, and finds its mail by the code page link
/// in it, so the tests can run in any order.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class Step1ApiTests(SystemFixture system)
{
    private readonly Step1Api _api = new(system);

    /// <summary>
    /// 岡田 太郎, with an address on file. Nothing here changes it, but the test does not rely on which address it
    /// is: it checks the mail's recipient against the masked address the lookup shows.
    /// </summary>
    [Fact]
    public async Task ThePasscodeForTheRegisteredAddressArrivesByMailAndConfirmsIt()
    {
        var lookup = await _api.LookUpAsync(SeededMembers.Okada.Number, SeededMembers.Okada.BirthDate);
        Assert.Equal(SeededMembers.Okada.MaskedName, lookup.MaskedName);
        Assert.NotNull(lookup.MaskedRegisteredEmail);
        Assert.Matches(@"^[^@*]{1,3}\*{5}@[^@*]+$", lookup.MaskedRegisteredEmail);

        var sent = await _api.SendToRegisteredAsync(SeededMembers.Okada.Number, lookup.LookupId);
        Assert.Equal(lookup.MaskedRegisteredEmail, sent.SentTo);

        var mail = await PasscodeMail.WaitForAsync(system.Inbox, sent.ChallengeId);
        Assert.Equal(PasscodeMail.JapaneseSubject, mail.Message.Subject);
        Assert.Equal(lookup.MaskedRegisteredEmail, Step1Api.MaskEmail(mail.Recipient));
        Assert.Matches(@"^\d{6}$", mail.Passcode);
        Assert.Contains($"パスコード: {mail.Passcode}", mail.Body);
        Assert.Equal(new Uri(system.GatewayUrl, $"/step1/passcode/{sent.ChallengeId}"), mail.Link);

        // A wrong code first: refused, with the tries left, and the right code still works afterwards.
        using (var rejected = await _api.VerifyAsync(sent.ChallengeId, WrongCode(mail.Passcode)))
        {
            var problem = await Step1Api.ReadProblemAsync(rejected, HttpStatusCode.BadRequest);
            Assert.Equal("invalid_passcode", problem.Code);
            Assert.Equal(4, problem.AttemptsRemaining);
            Assert.Equal("パスコードが正しくありません。", problem.Title);
        }

        using (var verified = await _api.VerifyAsync(sent.ChallengeId, mail.Passcode))
        {
            var confirmed = await Step1Api.ReadAsync<Step1Api.EmailConfirmed>(verified, HttpStatusCode.OK);
            Assert.Equal(mail.Recipient, confirmed.Email);
            Assert.InRange(confirmed.ConfirmedAt, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));
        }

        // Single use: the same code again is the same press repeated (its answer lost on the way) and gets the first
        // answer; any other code is refused as used.
        using (var repeated = await _api.VerifyAsync(sent.ChallengeId, mail.Passcode))
        {
            Assert.Equal(mail.Recipient, (await Step1Api.ReadAsync<Step1Api.EmailConfirmed>(repeated, HttpStatusCode.OK)).Email);
        }
        using var reused = await _api.VerifyAsync(sent.ChallengeId, WrongCode(mail.Passcode));
        Assert.Equal("passcode_used", (await Step1Api.ReadProblemAsync(reused, HttpStatusCode.Gone)).Code);
    }

    /// <summary>
    /// 高橋 美咲, no address on file: a fresh address typed twice (the member number in full-width digits with spaces,
    /// the domain in capitals, as members type them) is normalised, mailed and confirmed.
    /// </summary>
    [Fact]
    public async Task ANewAddressTypedTwiceIsConfirmedByThePasscodeMailedToIt()
    {
        var local = $"misaki-{Guid.NewGuid():N}"[..20];
        var typed = $"{local}@E2E.Example.JP";
        var normalised = $"{local}@e2e.example.jp";

        var lookup = await _api.LookUpAsync("４４４４ ５５５５ ６６６６", SeededMembers.Takahashi.BirthDate);
        Assert.Equal(SeededMembers.Takahashi.MaskedName, lookup.MaskedName);

        // The two addresses must match; a mismatch sends nothing.
        using (var mismatch = await _api.PostPasscodeAsync(lookup.LookupId, new { target = "new", email = typed, emailConfirmation = "x" + typed }))
        {
            var problem = await Step1Api.ReadProblemAsync(mismatch, HttpStatusCode.BadRequest);
            Assert.Equal("validation_failed", problem.Code);
            Assert.NotNull(problem.Errors);
            Assert.Equal(["確認用メールアドレスが一致しません。"], problem.Errors["emailConfirmation"]);
        }

        var sent = await _api.SendToNewAsync(SeededMembers.Takahashi.Number, lookup.LookupId, typed);
        Assert.Equal(Step1Api.MaskEmail(normalised), sent.SentTo);

        var mail = await PasscodeMail.WaitForAsync(system.Inbox, sent.ChallengeId);
        Assert.Equal(normalised, mail.Recipient);
        Assert.Equal(PasscodeMail.JapaneseSubject, mail.Message.Subject);
        Assert.Equal(new Uri(system.GatewayUrl, $"/step1/passcode/{sent.ChallengeId}"), mail.Link);

        using (var rejected = await _api.VerifyAsync(sent.ChallengeId, WrongCode(mail.Passcode)))
        {
            var problem = await Step1Api.ReadProblemAsync(rejected, HttpStatusCode.BadRequest);
            Assert.Equal("invalid_passcode", problem.Code);
            Assert.Equal(4, problem.AttemptsRemaining);
        }

        using var verified = await _api.VerifyAsync(sent.ChallengeId, mail.Passcode);
        var confirmed = await Step1Api.ReadAsync<Step1Api.EmailConfirmed>(verified, HttpStatusCode.OK);
        Assert.Equal(normalised, confirmed.Email);
        Assert.Single(await system.Inbox.ListMessagesToAsync(normalised));
    }

    /// <summary>An unknown number and a known number with the wrong birth date get the same answer.</summary>
    [Fact]
    public async Task AnUnknownNumberAndAWrongBirthDateGetTheSameNotFound()
    {
        using var wrongDate = await _api.PostLookupAsync(SeededMembers.Suzuki.Number, "2003-07-16");
        using var unknown = await _api.PostLookupAsync("000011112222", SeededMembers.Suzuki.BirthDate);

        var wrongDateProblem = await Step1Api.ReadProblemAsync(wrongDate, HttpStatusCode.NotFound);
        var unknownProblem = await Step1Api.ReadProblemAsync(unknown, HttpStatusCode.NotFound);
        Assert.Equal("member_not_found", wrongDateProblem.Code);
        Assert.Equal(4, wrongDateProblem.AttemptsRemaining);
        Assert.Equal(wrongDateProblem, unknownProblem);
    }

    private static string WrongCode(string code) => code == "000000" ? "111111" : "000000";
}
