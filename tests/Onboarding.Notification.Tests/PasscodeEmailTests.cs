using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Onboarding.Contracts.Commands;
using Onboarding.Notification.Domain;
using Onboarding.Notification.Infrastructure;
using Onboarding.Notification.Templates;
using Onboarding.Notification.Tests.Infrastructure;

namespace Onboarding.Notification.Tests;

[Collection(NotificationServiceCollection.Name)]
public sealed partial class PasscodeEmailTests(NotificationServiceFixture fixture)
{
    private static readonly TimeSpan Patience = NotificationServiceFixture.Patience;

    [Fact]
    public async Task A_passcode_command_produces_one_mail_with_subject_code_and_link()
    {
        var to = Recipients.Email("passcode");
        var command = Passcode(to, "482913", "ja");

        var messageId = await fixture.SendAsync(command);

        var mail = await fixture.Mail.WaitForMessageToAsync(to, Patience);
        Assert.Equal("大学生協加入情報(メールアドレス)変更受付", mail.Subject);
        var body = await fixture.Mail.GetPlainTextAsync(mail.Id);
        Assert.Contains("こんにちは。生活協同組合連合会大学生協事業連合です。", body);
        Assert.Contains("パスコード: 482913", body);
        // The link stands on a line of its own, so that mail clients make it clickable.
        Assert.Contains($"\n{command.CodePageUrl.AbsoluteUri}\n", body.ReplaceLineEndings("\n"));
        Assert.Matches("有効期限は1[45]分です", body);
        Assert.Contains("お心当たりのない場合", body);
        var details = await fixture.Mail.GetMessageAsync(mail.Id);
        Assert.Equal($"<{messageId:N}@onboarding>", details.Header("Message-ID"));

        var delivery = await fixture.WaitForDeliveryAsync(messageId, d => d.Status == DeliveryStatus.Sent);
        Assert.Equal(DeliveryChannel.Email, delivery.Channel);
        Assert.Equal(PasscodeEmailTemplate.Name, delivery.Template);
        Assert.Equal(EmailMasking.Mask(to), delivery.RecipientMasked);
        Assert.Equal(1, delivery.Attempts);
        Assert.NotNull(delivery.SentAt);
        Assert.Single(await fixture.Mail.ListMessagesToAsync(to));
    }

    [Fact]
    public async Task The_delivery_log_holds_neither_the_address_nor_the_code()
    {
        var to = Recipients.Email("no-secrets");
        var messageId = await fixture.SendAsync(Passcode(to, "700145", "ja"));

        await fixture.WaitForDeliveryAsync(messageId, d => d.Status == DeliveryStatus.Sent);
        var row = await fixture.WithDbAsync(db => db.Database
            .SqlQuery<string>($"SELECT row_to_json(d)::text AS \"Value\" FROM deliveries d WHERE command_id = {messageId}")
            .SingleAsync());
        Assert.DoesNotContain(to, row, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("700145", row);
        Assert.Contains(EmailMasking.Mask(to), row);
    }

    [Fact]
    public async Task The_same_command_delivered_twice_sends_one_mail()
    {
        var to = Recipients.Email("twice");
        var command = Passcode(to, "193746", "ja");
        var messageId = Guid.NewGuid();

        await fixture.SendAsync(command, messageId);
        await fixture.SendAsync(command, messageId);

        await fixture.WaitForDeliveriesAsync(messageId, 2);
        await fixture.Mail.WaitForMessageToAsync(to, Patience);
        Assert.Single(await fixture.Mail.ListMessagesToAsync(to));
        var delivery = await fixture.WaitForDeliveryAsync(messageId, d => d.Status == DeliveryStatus.Sent);
        Assert.Equal(1, delivery.Attempts);
    }

    [Fact]
    public async Task A_redelivery_whose_inbox_row_was_lost_still_sends_no_second_mail()
    {
        // As if the mail went out but the inbox transaction never committed (crash, database blip): the delivery
        // log, committed separately the moment SMTP accepted the mail, is what stops the second mail.
        var to = Recipients.Email("lost-inbox");
        var command = Passcode(to, "550021", "ja");
        var messageId = await fixture.SendAsync(command);
        await fixture.WaitForDeliveryAsync(messageId, d => d.Status == DeliveryStatus.Sent);
        await fixture.WaitForDeliveriesAsync(messageId, 1);

        var removed = await fixture.WithDbAsync(db =>
            db.Database.ExecuteSqlAsync($"DELETE FROM inbox_messages WHERE message_id = {messageId}"));
        Assert.Equal(1, removed);
        await fixture.SendAsync(command, messageId);

        await fixture.WaitForDeliveriesAsync(messageId, 2);
        Assert.Equal(1, await fixture.WithDbAsync(db =>
            db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM inbox_messages WHERE message_id = {messageId}").SingleAsync()));
        Assert.Single(await fixture.Mail.ListMessagesToAsync(to));
        Assert.Equal(1, (await fixture.DeliveryAsync(messageId))!.Attempts);
    }

    [Fact]
    public async Task The_English_template_is_used_for_culture_en()
    {
        var to = Recipients.Email("english");
        var command = Passcode(to, "604218", "en");

        var messageId = await fixture.SendAsync(command);

        var mail = await fixture.Mail.WaitForMessageToAsync(to, Patience);
        Assert.Equal(PasscodeEmailTemplate.Subject.En, mail.Subject);
        Assert.Contains("University Co-op Onboarding", (await fixture.Mail.GetMessageAsync(mail.Id)).Header("From"));
        var body = await fixture.Mail.GetPlainTextAsync(mail.Id);
        Assert.Contains("Passcode: 604218", body);
        Assert.Contains(command.CodePageUrl.AbsoluteUri, body);
        Assert.Matches("valid for 1[45] minutes", body);
        Assert.DoesNotMatch(Japanese(), body);
        await fixture.WaitForDeliveryAsync(messageId, d => d.Status == DeliveryStatus.Sent);
    }

    [Fact]
    public async Task A_passcode_that_expired_on_the_way_is_not_mailed()
    {
        var to = Recipients.Email("expired");
        var command = Passcode(to, "310982", "ja") with { ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1) };

        var messageId = await fixture.SendAsync(command);

        var delivery = await fixture.WaitForDeliveryAsync(messageId, d => d.Status == DeliveryStatus.Failed);
        Assert.Contains("Expired", delivery.FailureReason);
        Assert.Equal(0, delivery.Attempts);
        await fixture.WaitForDeliveriesAsync(messageId, 1);
        Assert.Empty(await fixture.Mail.ListMessagesToAsync(to));
    }

    [Fact]
    public async Task The_replaced_notice_goes_to_the_old_address_naming_the_new_one_masked()
    {
        var oldAddress = Recipients.Email("old-address");
        var command = new SendEmailReplacedNotice(Guid.NewGuid(), oldAddress, "new*****@univcoop-tokai.jp", DateTimeOffset.UtcNow, "ja");

        var messageId = await fixture.SendAsync(command);

        var mail = await fixture.Mail.WaitForMessageToAsync(oldAddress, Patience);
        Assert.Equal(EmailReplacedNoticeTemplate.Subject.Ja, mail.Subject);
        var body = await fixture.Mail.GetPlainTextAsync(mail.Id);
        Assert.Contains("新しいメールアドレス: new*****@univcoop-tokai.jp", body);
        var delivery = await fixture.WaitForDeliveryAsync(messageId, d => d.Status == DeliveryStatus.Sent);
        Assert.Equal(EmailReplacedNoticeTemplate.Name, delivery.Template);
    }

    [Fact]
    public async Task The_operators_test_mail_still_goes_out()
    {
        var to = Recipients.Email("test-mail");

        var messageId = await fixture.SendAsync(new SendTestEmail(Guid.NewGuid(), to, "ja"));

        var mail = await fixture.Mail.WaitForMessageToAsync(to, Patience);
        Assert.Equal("【大学生協】メール配信確認", mail.Subject);
        var delivery = await fixture.WaitForDeliveryAsync(messageId, d => d.Status == DeliveryStatus.Sent);
        Assert.Equal(TestEmailTemplate.Name, delivery.Template);
    }

    internal static SendPasscodeEmail Passcode(string to, string code, string culture)
    {
        var challengeId = Guid.NewGuid();
        return new SendPasscodeEmail(
            challengeId, to, code, new Uri($"http://localhost:5080/step1/passcode/{challengeId}"),
            DateTimeOffset.UtcNow.AddMinutes(15), culture);
    }

    [GeneratedRegex(@"[\u3000-\u30FF\u4E00-\u9FFF\uFF00-\uFFEF]")]
    internal static partial Regex Japanese();
}
