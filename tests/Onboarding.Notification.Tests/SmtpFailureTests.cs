using Onboarding.Notification.Infrastructure;
using Onboarding.Notification.Tests.Infrastructure;

namespace Onboarding.Notification.Tests;

[Collection(NotificationServiceCollection.Name)]
public sealed class SmtpFailureTests(NotificationServiceFixture fixture)
{
    [Fact]
    public async Task While_smtp_is_down_a_mail_is_retried_then_logged_failed_and_later_commands_get_through()
    {
        var down = Recipients.Email("smtp-down");
        Guid downId;
        await fixture.Smtp.StopAsync();
        try
        {
            downId = await fixture.SendAsync(PasscodeEmailTests.Passcode(down, "823340", "ja"));

            // One try and two quick retries within the first consume attempt, all refused, then failed with the reason.
            var failed = await fixture.WaitForDeliveryAsync(downId, d => d.Status == DeliveryStatus.Failed && d.Attempts >= 3);
            Assert.Contains("ConnectionRefused", failed.FailureReason);
            Assert.Null(failed.SentAt);
            Assert.NotNull(failed.LastAttemptAt);
        }
        finally
        {
            await fixture.Smtp.StartAsync();
        }

        var after = Recipients.Email("smtp-back");
        var afterId = await fixture.SendAsync(PasscodeEmailTests.Passcode(after, "120958", "ja"));

        var mail = await fixture.Mail.WaitForMessageToAsync(after, NotificationServiceFixture.Patience);
        Assert.Contains("パスコード: 120958", await fixture.Mail.GetPlainTextAsync(mail.Id));
        var delivery = await fixture.WaitForDeliveryAsync(afterId, d => d.Status == DeliveryStatus.Sent);
        Assert.Equal(1, delivery.Attempts);
        // The bus may still be retrying the first command, or may have delivered it since: never twice.
        var first = await fixture.DeliveryAsync(downId);
        var firstMails = await fixture.Mail.ListMessagesToAsync(down);
        Assert.True(firstMails.Count <= 1, $"{firstMails.Count} mails for one command");
        if (first!.Status == DeliveryStatus.Sent) Assert.Single(firstMails);
    }

    [Fact]
    public async Task A_rejected_recipient_is_logged_failed_once_and_not_retried()
    {
        var to = $"{NotificationServiceFixture.RejectedRecipientPrefix}{Guid.NewGuid():N}@example.jp";

        var messageId = await fixture.SendAsync(PasscodeEmailTests.Passcode(to, "640027", "ja"));

        var failed = await fixture.WaitForDeliveryAsync(messageId, d => d.Status == DeliveryStatus.Failed);
        // Acknowledged without retries: the bus finished the message after exactly one SMTP attempt.
        await fixture.WaitForDeliveriesAsync(messageId, 1);
        failed = (await fixture.DeliveryAsync(messageId))!;
        Assert.Equal(1, failed.Attempts);
        Assert.Contains("SMTP 550", failed.FailureReason);
        Assert.Contains("RecipientNotAccepted", failed.FailureReason);
        Assert.DoesNotContain(to, failed.FailureReason!, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await fixture.Mail.ListMessagesToAsync(to));
    }
}
