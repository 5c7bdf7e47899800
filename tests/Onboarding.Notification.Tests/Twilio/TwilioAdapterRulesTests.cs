using System.Net;
using System.Net.Http.Headers;
using System.Xml.Linq;
using Onboarding.Contracts.Commands;
using Onboarding.Notification.Phone;

namespace Onboarding.Notification.Tests.Twilio;

/// <summary>The Twilio adapter's rules without any I/O: signatures, how answers are classified, the TwiML.</summary>
public sealed class TwilioAdapterRulesTests
{
    [Fact]
    public void The_signature_matches_twilios_documented_example()
    {
        // The example request of Twilio's webhook-security documentation (token 12345); the expected value was
        // computed independently (Python's hmac) from the documented algorithm.
        var parameters = new Dictionary<string, string>
        {
            ["CallSid"] = "CA1234567890ABCDE",
            ["Caller"] = "+12349013030",
            ["Digits"] = "1234",
            ["From"] = "+12349013030",
            ["To"] = "+18005551212",
        };
        const string url = "https://mycompany.com/myapp.php?foo=1&bar=2";

        Assert.Equal("0/KCTR6DLpKmkAf8muzZqo1nDgQ=", TwilioSignature.Compute("12345", url, parameters));
        Assert.True(TwilioSignature.IsValid("12345", url, parameters, "0/KCTR6DLpKmkAf8muzZqo1nDgQ="));
        Assert.False(TwilioSignature.IsValid("12346", url, parameters, "0/KCTR6DLpKmkAf8muzZqo1nDgQ="));
        Assert.False(TwilioSignature.IsValid("12345", url + "&baz=3", parameters, "0/KCTR6DLpKmkAf8muzZqo1nDgQ="));
        Assert.False(TwilioSignature.IsValid("12345", url, parameters, null));
        Assert.False(TwilioSignature.IsValid("", url, parameters, TwilioSignature.Compute("", url, parameters)));
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, 21211, false, false)]
    [InlineData(HttpStatusCode.BadRequest, 21614, false, false)]
    [InlineData(HttpStatusCode.BadRequest, null, false, false)]
    [InlineData(HttpStatusCode.TooManyRequests, 20429, true, false)]
    [InlineData(HttpStatusCode.BadRequest, 20429, true, false)]
    [InlineData(HttpStatusCode.ServiceUnavailable, null, true, false)]
    [InlineData(HttpStatusCode.InternalServerError, 20500, true, false)]
    [InlineData(HttpStatusCode.Unauthorized, 20003, true, true)]
    [InlineData(HttpStatusCode.NotFound, 20404, true, true)]
    [InlineData(HttpStatusCode.BadRequest, 21606, true, true)]
    [InlineData(HttpStatusCode.BadRequest, 21408, true, true)]
    public void Answers_are_classified_as_the_members_number_our_account_or_a_passing_problem(
        HttpStatusCode status, int? code, bool retried, bool operatorProblem)
    {
        var failure = TwilioErrorAnswer.Classify(status, code, retryAfter: null);

        Assert.Equal(!retried, failure is ArgumentException);
        Assert.Equal(operatorProblem, failure is PhoneProviderUnavailableException { IsOperatorProblem: true });
        Assert.Contains($"Twilio {(int)status}", failure.Message);
    }

    [Fact]
    public void Retry_after_is_read_as_seconds_or_as_a_date()
    {
        var now = new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

        Assert.Equal(TimeSpan.FromSeconds(7), TwilioErrorAnswer.RetryAfter(new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)), now));
        Assert.Equal(TimeSpan.FromSeconds(30), TwilioErrorAnswer.RetryAfter(new RetryConditionHeaderValue(now.AddSeconds(30)), now));
        Assert.Equal(TimeSpan.Zero, TwilioErrorAnswer.RetryAfter(new RetryConditionHeaderValue(now.AddSeconds(-30)), now));
        Assert.Null(TwilioErrorAnswer.RetryAfter(null, now));
        var limited = (PhoneProviderUnavailableException)TwilioErrorAnswer.Classify(HttpStatusCode.TooManyRequests, 20429, TimeSpan.FromSeconds(7));
        Assert.Equal(TimeSpan.FromSeconds(7), limited.RetryAfter);
    }

    [Fact]
    public void The_twiml_keeps_any_text_inside_its_say()
    {
        var message = new OutgoingPhoneMessage(PhoneChannel.Voice, "+819012345678", "", "ja-JP", Guid.NewGuid(),
            ["確認コードは</Say><Dial>+810000</Dial><Say>", "です。"]);

        var twiml = XElement.Parse(TwilioVoiceScript.Twiml(message));

        Assert.Empty(twiml.Descendants("Dial"));
        Assert.Equal(new[] { "Say", "Pause", "Say" }, twiml.Elements().Select(element => element.Name.LocalName));
        Assert.Equal("確認コードは</Say><Dial>+810000</Dial><Say>", twiml.Elements("Say").First().Value);
    }
}
