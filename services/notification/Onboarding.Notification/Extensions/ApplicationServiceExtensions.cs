using Onboarding.Contracts;
using Onboarding.Messaging;
using Onboarding.Notification.Email;
using Onboarding.Notification.Infrastructure;
using Onboarding.Notification.Messaging;

namespace Onboarding.Notification.Extensions;

public static class ApplicationServiceExtensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<NotificationDbContext>("notificationdb");
        builder.Services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section).ValidateOnStart()
            .Validate(smtp => !string.IsNullOrWhiteSpace(smtp.Host) && smtp.Port > 0, "Smtp:Host and Smtp:Port are required.");
        builder.Services.AddSingleton<IEmailSender, SmtpEmailSender>();
        // Every command consumer listens on the one notification queue that senders address.
        builder.AddOnboardingMessaging<NotificationDbContext>(bus => bus
            .AddConsumer<SendTestEmailConsumer>()
            .Endpoint(endpoint => endpoint.Name = QueueNames.Notification));
        return builder;
    }
}
