using Onboarding.Gateway.Tests.Infrastructure;

namespace Onboarding.Gateway.Tests;

/// <summary>
/// Wording found in end-to-end screenshots: the phone-code page's heading fits the channel, its expiry reads like the
/// e-mail code's (「…まで」), and the phone page does not say 携帯電話 only, since a voice call can go to a landline.
/// </summary>
public sealed class PhoneWordingTests : IClassFixture<JourneyGateway>
{
    private readonly JourneyGateway _gateway;

    public PhoneWordingTests(JourneyGateway gateway)
    {
        _gateway = gateway;
        gateway.Membership.Reset();
        gateway.Portal.Reset();
    }

    private async Task<HttpClient> PhoneCodeSentAsync(string channel, string? acceptLanguage = null)
    {
        var client = _gateway.CreateClient(acceptLanguage);
        await Step2Steps.CompleteStep1Async(client, _gateway.Membership);
        await Step2Steps.SignUpAsync(client);
        await Step2Steps.VerifyAsync(client, _gateway.Portal.LastMail.Code);
        await Step2Steps.SetProfileAsync(client);
        await Step2Steps.SendPhoneCodeAsync(client, "090-1234-5678", channel);
        return client;
    }

    [Fact]
    public async Task Phone_code_heading_fits_the_channel_and_expiry_says_until()
    {
        (string channel, string heading)[] rows =
        [
            ("sms", "SMSで送られてきたコードを入力"),
            ("voice", "電話でお知らせしたコードを入力"),
        ];

        await Assert.AllAsync(rows, async row =>
        {
            var (channel, heading) = row;
            _gateway.Membership.Reset(); // each row starts afresh, as the constructor does for a test
            _gateway.Portal.Reset();
            using var client = await PhoneCodeSentAsync(channel);

            var html = await client.GetStringAsync("/step2/phone/code");

            Assert.Equal(heading, HtmlForms.Text(html, "page-title"));
            Assert.Matches("確認コードの有効期限：.+まで", html);
            Assert.Contains($"<title>{heading} |", html);
        });
    }

    [Fact]
    public async Task English_voice_heading_and_expiry()
    {
        using var client = await PhoneCodeSentAsync("voice", "en");
        var html = await client.GetStringAsync("/step2/phone/code");
        Assert.Equal("Enter the code we read out to you", HtmlForms.Text(html, "page-title"));
        Assert.Contains("The code is valid until", html);
    }

    [Fact]
    public async Task Phone_page_wording_fits_a_landline_for_voice_calls()
    {
        using var client = await PhoneCodeSentAsync("sms");

        var html = await client.GetStringAsync("/step2/phone");

        Assert.Equal("電話番号の確認（SMS・音声電話）", HtmlForms.Text(html, "page-title"));
        Assert.Contains("<label class=\"field__label\" for=\"phone-number\">電話番号</label>", html);
        Assert.Contains("固定電話", HtmlForms.Text(html, "phone-number-hint"));
        // The notice's own wording for SMS stays.
        Assert.Contains("携帯電話番号を入力し「コードの送信」をクリック", html);
        Assert.Equal("電話する", HtmlForms.Text(html, "send-voice"));
    }

    [Fact]
    public async Task A_landline_number_is_taken_for_a_voice_call()
    {
        using var client = await PhoneCodeSentAsync("sms");
        _gateway.Portal.AllowPhoneResendNow();

        var response = await Step2Steps.SendPhoneCodeAsync(client, "03-1234-5678", "voice");

        Assert.Equal("/step2/phone/code", response.Headers.Location?.OriginalString);
        Assert.Equal("電話でお知らせしたコードを入力", HtmlForms.Text(await client.GetStringAsync("/step2/phone/code"), "page-title"));
    }
}
