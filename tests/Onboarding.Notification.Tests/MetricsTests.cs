using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Onboarding.Contracts.Commands;
using Onboarding.Notification.Dispatch;
using Onboarding.Notification.Infrastructure;
using Onboarding.Notification.Templates;
using Onboarding.Notification.Tests.Infrastructure;

namespace Onboarding.Notification.Tests;

[Collection(NotificationServiceCollection.Name)]
public sealed class MetricsTests(NotificationServiceFixture fixture)
{
    [Fact]
    public async Task Mails_sent_and_failed_and_phone_messages_are_counted()
    {
        using var meters = new MeasurementRecorder(NotificationMetrics.MeterName);

        var sent = await fixture.SendAsync(PasscodeEmailTests.Passcode(Recipients.Email("counted"), "135790", "ja"));
        var rejected = await fixture.SendAsync(PasscodeEmailTests.Passcode(
            $"{NotificationServiceFixture.RejectedRecipientPrefix}{Guid.NewGuid():N}@example.jp", "246801", "ja"));
        var sms = await fixture.SendAsync(new SendPhoneCode(
            Guid.NewGuid(), Recipients.Phone(), "975310", PhoneChannel.Sms, DateTimeOffset.UtcNow.AddMinutes(10), "ja"));
        await fixture.WaitForDeliveryAsync(sent, d => d.Status == DeliveryStatus.Sent);
        await fixture.WaitForDeliveryAsync(rejected, d => d.Status == DeliveryStatus.Failed);
        await fixture.WaitForDeliveryAsync(sms, d => d.Status == DeliveryStatus.Sent);

        Assert.True(meters.Sum("onboarding.notification.emails.sent", ("template", PasscodeEmailTemplate.Name)) >= 1);
        Assert.True(meters.Sum("onboarding.notification.emails.failed", ("template", PasscodeEmailTemplate.Name), ("kind", "permanent")) >= 1);
        Assert.True(meters.Sum("onboarding.notification.phone_messages.sent", ("channel", "sms")) >= 1);
    }

    /// <summary>Listens to one meter and adds up what its counters recorded, by tag.</summary>
    private sealed class MeasurementRecorder : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentQueue<(string Instrument, long Value, KeyValuePair<string, object?>[] Tags)> _measurements = new();

        public MeasurementRecorder(string meterName)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == meterName) listener.EnableMeasurementEvents(instrument);
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
                _measurements.Enqueue((instrument.Name, value, tags.ToArray())));
            _listener.Start();
        }

        public long Sum(string instrument, params (string Key, string Value)[] tags) =>
            _measurements
                .Where(m => m.Instrument == instrument)
                .Where(m => tags.All(tag => m.Tags.Any(t => t.Key == tag.Key && Equals(t.Value, tag.Value))))
                .Sum(m => m.Value);

        public void Dispose() => _listener.Dispose();
    }
}
