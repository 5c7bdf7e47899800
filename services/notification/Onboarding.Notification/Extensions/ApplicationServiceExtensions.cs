using Onboarding.Contracts;
using Onboarding.Messaging;
using Onboarding.Notification.Dispatch;
using Onboarding.Notification.Email;
using Onboarding.Notification.Infrastructure;
using Onboarding.Notification.Messaging;
using Onboarding.Notification.Phone;

namespace Onboarding.Notification.Extensions;

public static class ApplicationServiceExtensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<NotificationDbContext>("notificationdb");

        builder.Services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section).ValidateOnStart()
            .Validate(smtp => !string.IsNullOrWhiteSpace(smtp.Host) && smtp.Port > 0, "Smtp:Host and Smtp:Port are required.");
        builder.Services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.Section);
        builder.Services.AddSingleton<IEmailSender, SmtpEmailSender>();
        builder.Services.AddSingleton<DeliveryLog>();
        builder.Services.AddSingleton<DeliveryRunner>();
        builder.Services.AddSingleton<EmailDispatcher>();
        builder.Services.AddSingleton<PhoneDispatcher>();

        // SMS and voice: the development sink when enabled. A real provider adapter is registered here too
        // (see IPhoneMessageChannel); without either, phone commands fail and wait in the error queue.
        if (builder.Configuration.GetValue<bool>(PhoneSinkOptions.EnabledKey))
        {
            builder.Services.AddSingleton<IPhoneMessageChannel, DevelopmentPhoneSink>();
        }
        // A Twilio-shaped provider when configured (the load profile's generator, or Twilio itself); registered
        // after the sink, so it is the one used.
        if (!string.IsNullOrEmpty(builder.Configuration[TwilioPhoneOptions.BaseUrlKey]))
        {
            builder.Services.AddOptions<TwilioPhoneOptions>().BindConfiguration(TwilioPhoneOptions.Section);
            builder.Services.AddHttpClient<TwilioPhoneChannel>();
            builder.Services.AddSingleton<IPhoneMessageChannel>(services => services.GetRequiredService<TwilioPhoneChannel>());
        }

        // Every command consumer listens on the one notification queue that senders address.
        builder.AddOnboardingMessaging<NotificationDbContext>(bus =>
        {
            bus.AddConsumer<SendTestEmailConsumer>().Endpoint(endpoint => endpoint.Name = QueueNames.Notification);
            bus.AddConsumer<SendPasscodeEmailConsumer>().Endpoint(endpoint => endpoint.Name = QueueNames.Notification);
            bus.AddConsumer<SendEmailReplacedNoticeConsumer>().Endpoint(endpoint => endpoint.Name = QueueNames.Notification);
            bus.AddConsumer<SendPhoneCodeConsumer>().Endpoint(endpoint => endpoint.Name = QueueNames.Notification);
            bus.AddConsumer<SendPortalEmailCodeConsumer>().Endpoint(endpoint => endpoint.Name = QueueNames.Notification);
            bus.AddConsumer<SendSignInEmailCodeConsumer>().Endpoint(endpoint => endpoint.Name = QueueNames.Notification);
            bus.AddConsumer<SendPasswordResetCodeConsumer>().Endpoint(endpoint => endpoint.Name = QueueNames.Notification);
            bus.AddConsumer<SendPasswordChangedNoticeConsumer>().Endpoint(endpoint => endpoint.Name = QueueNames.Notification);
            // These commands carry codes and addresses. A command that exhausted its retries goes to the _error
            // queue as usual, but must not also be published as Fault<T> (which embeds the message) to an exchange.
            bus.AddConfigureEndpointsCallback((name, endpoint) =>
            {
                if (name == QueueNames.Notification) endpoint.PublishFaults = false;
            });
        });
        builder.AddNotificationRetention();
        return builder;
    }
}
