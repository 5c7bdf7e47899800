using Onboarding.Contracts;
using Onboarding.Messaging;
using Onboarding.Notification.Dispatch;
using Onboarding.Notification.Email;
using Onboarding.Notification.HelpDesk;
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
        builder.Services.AddSingleton(services => RecipientHasher.FromConfiguration(
            services.GetRequiredService<IConfiguration>(), services.GetRequiredService<IHostEnvironment>()));
        builder.Services.AddSingleton<DeliveryLog>();
        builder.Services.AddScoped<DeliverySearch>();
        builder.Services.AddSingleton<DeliveryRunner>();
        builder.Services.AddSingleton<EmailDispatcher>();
        builder.Services.AddSingleton<PhoneDispatcher>();

        // SMS and voice: Twilio, the development sink, or no start at all (see PhoneChannelRegistration).
        builder.AddPhoneChannel();

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
            bus.AddConsumer<SendDeadlineReminderConsumer>().Endpoint(endpoint => endpoint.Name = QueueNames.Notification);
            bus.AddConsumer<SendDeadlineReminderSmsConsumer>().Endpoint(endpoint => endpoint.Name = QueueNames.Notification);
            bus.AddConsumer<SendPortalAccountDeletedNoticeConsumer>().Endpoint(endpoint => endpoint.Name = QueueNames.Notification);
            bus.AddConsumer<SendEmailChangeCodeConsumer>().Endpoint(endpoint => endpoint.Name = QueueNames.Notification);
            bus.AddConsumer<SendEmailChangedNoticeConsumer>().Endpoint(endpoint => endpoint.Name = QueueNames.Notification);
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
