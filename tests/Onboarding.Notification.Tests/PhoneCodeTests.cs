using System.Net;
using System.Net.Http.Json;
using Onboarding.Contracts.Commands;
using Onboarding.Notification.Apis;
using Onboarding.Notification.Domain;
using Onboarding.Notification.Infrastructure;
using Onboarding.Notification.Templates;
using Onboarding.Notification.Tests.Infrastructure;
using Onboarding.Testing;

namespace Onboarding.Notification.Tests;

[Collection(NotificationServiceCollection.Name)]
public sealed class PhoneCodeTests(NotificationServiceFixture fixture)
{
    [Fact]
    public async Task An_sms_code_is_readable_through_the_development_sink()
    {
        var phone = Recipients.Phone();

        var messageId = await fixture.SendAsync(PhoneCode(phone, "305917", PhoneChannel.Sms, "ja"));

        var latest = await LatestAsync(phone, m => m.Channel == "sms");
        Assert.Equal("sms", latest.Channel);
        Assert.Equal(phone, latest.To);
        Assert.Contains("確認コード: 305917", latest.Text);
        Assert.Matches("有効期限は(9|10)分", latest.Text);

        var delivery = await fixture.WaitForDeliveryAsync(messageId, d => d.Status == DeliveryStatus.Sent);
        Assert.Equal(DeliveryChannel.Sms, delivery.Channel);
        Assert.Equal(PhoneMasking.Mask(phone), delivery.RecipientMasked);
        Assert.DoesNotContain(phone, delivery.RecipientMasked);
    }

    [Fact]
    public async Task A_voice_call_reads_the_code_digit_by_digit_twice()
    {
        var phone = Recipients.Phone();

        var messageId = await fixture.SendAsync(PhoneCode(phone, "408259", PhoneChannel.Voice, "ja"));

        var latest = await LatestAsync(phone, m => m.Channel == "voice");
        Assert.Equal("voice", latest.Channel);
        const string spelled = "よん、ゼロ、はち、にー、ごー、きゅう";
        Assert.Equal(2, Occurrences(latest.Text, spelled));
        Assert.DoesNotContain("408259", latest.Text);
        var delivery = await fixture.WaitForDeliveryAsync(messageId, d => d.Status == DeliveryStatus.Sent);
        Assert.Equal(DeliveryChannel.Voice, delivery.Channel);
        Assert.Equal(PhoneCodeTemplate.VoiceName, delivery.Template);
    }

    [Fact]
    public async Task An_english_voice_call_reads_the_digits_in_english_twice()
    {
        var phone = Recipients.Phone();

        await fixture.SendAsync(PhoneCode(phone, "170063", PhoneChannel.Voice, "en"));

        var latest = await LatestAsync(phone, m => m.Channel == "voice");
        Assert.Equal(2, Occurrences(latest.Text, "one, seven, zero, zero, six, three"));
        Assert.DoesNotMatch(PasscodeEmailTests.Japanese(), latest.Text);
    }

    [Fact]
    public async Task Phone_messages_are_listed_newest_first_and_only_for_the_number_asked()
    {
        var phone = Recipients.Phone();
        var other = Recipients.Phone();
        await fixture.SendAsync(PhoneCode(phone, "111111", PhoneChannel.Sms, "ja"));
        await LatestAsync(phone, m => m.Text.Contains("111111"));
        await fixture.SendAsync(PhoneCode(other, "333333", PhoneChannel.Sms, "ja"));
        await fixture.SendAsync(PhoneCode(phone, "222222", PhoneChannel.Voice, "en"));
        await LatestAsync(phone, m => m.Channel == "voice");
        await LatestAsync(other, m => m.Text.Contains("333333"));

        using var client = fixture.Service.CreateClient();
        var list = await client.GetFromJsonAsync<PhoneSinkApi.PhoneMessageView[]>($"/dev/phone-messages?to={Uri.EscapeDataString(phone)}");

        Assert.NotNull(list);
        Assert.Equal(2, list.Length);
        Assert.Equal("voice", list[0].Channel);
        Assert.Equal("sms", list[1].Channel);
        Assert.All(list, message => Assert.Equal(phone, message.To));
        Assert.True(list[0].CreatedAt >= list[1].CreatedAt);
    }

    [Fact]
    public async Task The_sink_api_accepts_an_unencoded_plus_and_rejects_what_is_not_a_number()
    {
        var phone = Recipients.Phone();
        await fixture.SendAsync(PhoneCode(phone, "909090", PhoneChannel.Sms, "ja"));
        await LatestAsync(phone, m => m.Text.Contains("909090"));
        using var client = fixture.Service.CreateClient();

        // "?to=+81..." arrives as " 81...": still found.
        var unencoded = await client.GetAsync($"/dev/phone-messages/latest?to={phone}");
        Assert.Equal(HttpStatusCode.OK, unencoded.StatusCode);

        var invalid = await client.GetAsync("/dev/phone-messages/latest?to=not-a-number");
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("application/problem+json", invalid.Content.Headers.ContentType?.MediaType);

        var none = await client.GetAsync($"/dev/phone-messages/latest?to={Uri.EscapeDataString(Recipients.Phone())}");
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
    }

    [Fact]
    public async Task The_sink_api_is_not_mapped_when_the_sink_is_disabled()
    {
        // Some phone channel is needed to start at all: a Twilio account that is never called here.
        await using var service = fixture.CreateService(new Dictionary<string, string?>
        {
            ["Notification:PhoneSink:Enabled"] = "false",
            ["Notification:TwilioPhone:BaseUrl"] = "http://127.0.0.1:9",
            ["Notification:TwilioPhone:AccountSid"] = "AC" + new string('0', 32),
            ["Notification:TwilioPhone:AuthToken"] = "unused",
            ["Notification:TwilioPhone:From"] = "+815012340000",
        });
        using var client = service.CreateClient();

        var response = await client.GetAsync($"/dev/phone-messages/latest?to={Uri.EscapeDataString(Recipients.Phone())}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alive")).StatusCode);
    }

    /// <summary>Waits until the newest message for <paramref name="phone"/> is the expected one, and returns it.</summary>
    private async Task<PhoneSinkApi.PhoneMessageView> LatestAsync(string phone, Func<PhoneSinkApi.PhoneMessageView, bool> isExpected)
    {
        using var client = fixture.Service.CreateClient();
        PhoneSinkApi.PhoneMessageView? latest = null;
        var found = await Eventually.TrueAsync(async () =>
        {
            latest = await TryLatestAsync(client, phone);
            return latest is not null && isExpected(latest);
        }, NotificationServiceFixture.Patience);
        Assert.True(found, $"The expected phone message did not reach the sink for {PhoneMasking.Mask(phone)}; latest: {latest?.Text}");
        return latest!;
    }

    private static async Task<PhoneSinkApi.PhoneMessageView?> TryLatestAsync(HttpClient client, string phone)
    {
        var response = await client.GetAsync($"/dev/phone-messages/latest?to={Uri.EscapeDataString(phone)}");
        if (response.StatusCode == HttpStatusCode.NotFound) return null;
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<PhoneSinkApi.PhoneMessageView>();
    }

    private static SendPhoneCode PhoneCode(string phone, string code, PhoneChannel channel, string culture) =>
        new(Guid.NewGuid(), phone, code, channel, DateTimeOffset.UtcNow.AddMinutes(10), culture);

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var index = text.IndexOf(part, StringComparison.Ordinal); index >= 0; index = text.IndexOf(part, index + part.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
