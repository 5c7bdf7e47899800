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
    [Fact]
    public void An_email_shows_three_characters_and_the_domain()
    {
        (string email, string masked)[] rows =
        [
            ("shota.okada@univcoop-tokai.jp", "sho*****@univcoop-tokai.jp"),
            ("ab@example.jp", "ab*****@example.jp"),
            ("not-an-address", "*****"),
            ("@example.jp", "*****"),
        ];

        Assert.All(rows, row =>
        {
            var (email, masked) = row;
            Assert.Equal(masked, EmailMasking.Mask(email));
        });
    }

    [Fact]
    public void A_phone_number_shows_the_country_code_and_the_last_four_digits()
    {
        (string phone, string masked)[] rows =
        [
            ("+819012345678", "+81******5678"),
            ("+81312345678", "+81*****5678"),
            ("+1234", "*****"),
        ];

        Assert.All(rows, row =>
        {
            var (phone, masked) = row;
            Assert.Equal(masked, PhoneMasking.Mask(phone));
        });
    }

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
    private static (Exception failure, bool permanent)[] Failures =>
    [
        (new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxUnavailable, "no such user"), true),
        (new SmtpCommandException(SmtpErrorCode.MessageNotAccepted, SmtpStatusCode.TransactionFailed, "spam"), true),
        (new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxBusy, "greylisted"), false),
        (new SmtpCommandException(SmtpErrorCode.MessageNotAccepted, SmtpStatusCode.InsufficientStorage, "try later"), false),
        (new SmtpCommandException(SmtpErrorCode.SenderNotAccepted, SmtpStatusCode.MailboxUnavailable, "our configuration"), false),
        (new SmtpProtocolException("connection dropped"), false),
        (new SocketException((int)SocketError.ConnectionRefused), false),
        (new IOException("reset"), false),
        (new TimeoutException(), false),
        (new ParseException("bad address", 0, 0), true),
    ];

    [Fact]
    public void Only_5xx_for_the_recipient_or_message_and_bad_addresses_are_permanent() =>
        Assert.All(Failures, row => Assert.Equal(row.permanent, SmtpFailures.IsPermanent(row.failure)));
}

public sealed class PhoneNumbersTests
{
    [Fact]
    public void The_sink_api_reads_E164_leniently()
    {
        (string? value, string? expected)[] rows =
        [
            ("+819012345678", "+819012345678"),
            (" 819012345678", "+819012345678"), // an unencoded + arrives as a space
            ("819012345678", "+819012345678"),
            ("090-1234-5678", null),
            ("+0123456789", null),
            ("", null),
            (null, null),
        ];

        Assert.All(rows, row =>
        {
            var (value, expected) = row;
            Assert.Equal(expected, PhoneNumbers.ParseQueryValue(value));
        });
    }
}
