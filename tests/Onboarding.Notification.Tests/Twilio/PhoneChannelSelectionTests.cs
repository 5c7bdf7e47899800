using Onboarding.Notification.Tests.Infrastructure;

namespace Onboarding.Notification.Tests.Twilio;

/// <summary>Without a usable phone channel the service does not start, and says which setting is missing.</summary>
[Collection(NotificationServiceCollection.Name)]
public sealed class PhoneChannelSelectionTests(NotificationServiceFixture fixture)
{
    [Fact]
    public async Task Without_any_phone_channel_the_service_refuses_to_start()
    {
        await using var service = fixture.CreateService(new Dictionary<string, string?> { ["Notification:PhoneSink:Enabled"] = "false" });

        var failure = Record.Exception(() => service.Server);

        Assert.NotNull(failure);
        Assert.Contains("No phone channel is configured", failure.ToString());
    }

    [Theory]
    [InlineData("Notification:TwilioPhone:AuthToken", "", "Notification:TwilioPhone:AuthToken is required")]
    [InlineData("Notification:TwilioPhone:From", "0501234000", "Notification:TwilioPhone:From must be the sending number in E.164 form")]
    [InlineData("Notification:TwilioPhone:BaseUrl", "ftp://api.twilio.com", "Notification:TwilioPhone:BaseUrl must be an absolute http(s) URL")]
    public async Task An_incomplete_twilio_account_stops_the_start_naming_the_setting(string key, string value, string problem)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Notification:PhoneSink:Enabled"] = "true",
            ["Notification:TwilioPhone:AccountSid"] = "AC" + new string('0', 32),
            ["Notification:TwilioPhone:AuthToken"] = "secret-token-3f1a",
            ["Notification:TwilioPhone:From"] = "+815012340000",
            [key] = value,
        };
        await using var service = fixture.CreateService(settings);

        var failure = Record.Exception(() => service.Server);

        Assert.NotNull(failure);
        Assert.Contains(problem, failure.ToString());
        Assert.DoesNotContain("secret-token-3f1a", failure.ToString());
    }
}
