using System.Net.Sockets;
using MailKit.Net.Smtp;
using MimeKit;
using Onboarding.Notification.Dispatch;
using Onboarding.Notification.Domain;
using Onboarding.Notification.Email;
using Onboarding.Notification.Phone;

namespace Onboarding.Notification.Tests;

public sealed class MaskingTests
{
    [Theory]
    [InlineData("shota.okada@univcoop-tokai.jp", "sho*****@univcoop-tokai.jp")]
    [InlineData("ab@example.jp", "ab*****@example.jp")]
    [InlineData("not-an-address", "*****")]
    [InlineData("@example.jp", "*****")]
    public void An_email_shows_three_characters_and_the_domain(string email, string masked) =>
        Assert.Equal(masked, EmailMasking.Mask(email));

    [Theory]
    [InlineData("+819012345678", "+81******5678")]
    [InlineData("+81312345678", "+81*****5678")]
    [InlineData("+1234", "*****")]
    public void A_phone_number_shows_the_country_code_and_the_last_four_digits(string phone, string masked) =>
        Assert.Equal(masked, PhoneMasking.Mask(phone));

    [Fact]
    public void A_failure_reason_never_quotes_an_address_or_a_number()
    {
        var reason = FailureReason.Describe(new SmtpCommandException(
            SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxUnavailable,
            "5.1.1 <taro.yamada@univcoop-tokai.jp>: Recipient address rejected (call +819012345678)"));

        Assert.StartsWith("SMTP 550 RecipientNotAccepted", reason);
        Assert.Contains("tar*****@univcoop-tokai.jp", reason);
        Assert.Contains("+81******5678", reason);
        Assert.DoesNotContain("taro.yamada", reason);
        Assert.DoesNotContain("9012345678", reason);
    }

    [Fact]
    public void A_refused_connection_is_described_by_its_socket_error() =>
        Assert.StartsWith("ConnectionRefused", FailureReason.Describe(new SocketException((int)SocketError.ConnectionRefused)));
}

public sealed class SmtpFailuresTests
{
    public static TheoryData<Exception, bool> Failures => new()
    {
        { new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxUnavailable, "no such user"), true },
        { new SmtpCommandException(SmtpErrorCode.MessageNotAccepted, SmtpStatusCode.TransactionFailed, "spam"), true },
        { new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxBusy, "greylisted"), false },
        { new SmtpCommandException(SmtpErrorCode.MessageNotAccepted, SmtpStatusCode.InsufficientStorage, "try later"), false },
        { new SmtpCommandException(SmtpErrorCode.SenderNotAccepted, SmtpStatusCode.MailboxUnavailable, "our configuration"), false },
        { new SmtpProtocolException("connection dropped"), false },
        { new SocketException((int)SocketError.ConnectionRefused), false },
        { new IOException("reset"), false },
        { new TimeoutException(), false },
        { new ParseException("bad address", 0, 0), true },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Only_5xx_for_the_recipient_or_message_and_bad_addresses_are_permanent(Exception failure, bool permanent) =>
        Assert.Equal(permanent, SmtpFailures.IsPermanent(failure));
}

public sealed class PhoneNumbersTests
{
    [Theory]
    [InlineData("+819012345678", "+819012345678")]
    [InlineData(" 819012345678", "+819012345678")] // an unencoded + arrives as a space
    [InlineData("819012345678", "+819012345678")]
    [InlineData("090-1234-5678", null)]
    [InlineData("+0123456789", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void The_sink_api_reads_E164_leniently(string? value, string? expected) =>
        Assert.Equal(expected, PhoneNumbers.ParseQueryValue(value));
}
