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

/// <summary><c>SendDeadlineReminderSms</c> through the real queue, delivery log and the development phone sink.</summary>
[Collection(NotificationServiceCollection.Name)]
public sealed class DeadlineReminderSmsTests(NotificationServiceFixture fixture)
{
    private static DateOnly TodayInJapan => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));

    [Fact]
    public async Task The_reminder_goes_out_once_as_a_short_japanese_sms_naming_the_step_the_last_day_and_the_page()
    {
        var phone = Recipients.Phone();
        var lastDay = TodayInJapan.AddDays(3);
        var command = Reminder(phone, "step2", lastDay);

        var messageId = await fixture.SendAsync(command);
        var delivery = await fixture.WaitForDeliveryAsync(messageId, d => d.Status == DeliveryStatus.Sent);
        // The same command again, as a redelivery: the delivery log has it sent, nothing more goes out.
        await fixture.SendAsync(command, messageId);
        await fixture.WaitForDeliveriesAsync(messageId, 2);

        var messages = await SmsToAsync(phone);
        var sms = Assert.Single(messages);
        Assert.Equal("sms", sms.Channel);
        Assert.Equal($"【大学生協】電子マネーの移行手続きは{lastDay.Month}月{lastDay.Day}日まで。次はSTEP 2 マイポータルへの登録\nhttps://u-coop.jp/step2", sms.Text);
        Assert.True(sms.Text.Length <= DeadlineReminderSmsTemplate.SegmentLength, $"{sms.Text.Length} characters: more than one SMS segment");
        Assert.Equal(DeliveryChannel.Sms, delivery.Channel);
        Assert.Equal(DeadlineReminderSmsTemplate.Name, delivery.Template);
        Assert.Equal(PhoneMasking.Mask(phone), delivery.RecipientMasked);
        Assert.Equal(1, delivery.Attempts);
    }

    [Fact]
    public async Task A_reminder_that_arrives_after_the_last_day_is_not_sent()
    {
        var phone = Recipients.Phone();

        var messageId = await fixture.SendAsync(Reminder(phone, "step3", TodayInJapan.AddDays(-1)));

        var delivery = await fixture.WaitForDeliveryAsync(messageId, d => d.Status == DeliveryStatus.Failed);
        Assert.Contains("Expired", delivery.FailureReason);
        Assert.Equal(0, delivery.Attempts);
        await fixture.WaitForDeliveriesAsync(messageId, 1);
        Assert.Empty(await SmsToAsync(phone));
    }

    private static SendDeadlineReminderSms Reminder(string phone, string nextStep, DateOnly lastDay) =>
        new(Guid.NewGuid(), $"{lastDay.AddDays(1):yyyy-MM-dd}-d3", phone, nextStep, new Uri($"https://u-coop.jp/{nextStep}"), lastDay, "ja");

    private async Task<PhoneSinkApi.PhoneMessageView[]> SmsToAsync(string phone)
    {
        using var client = fixture.Service.CreateClient();
        var response = await client.GetAsync($"/dev/phone-messages?to={Uri.EscapeDataString(phone)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<PhoneSinkApi.PhoneMessageView[]>())!;
    }
}
