using Onboarding.Messaging.Redrive;
using Onboarding.Messaging.Topology;
using Onboarding.Messaging;
using Onboarding.Notification.Apis;
using Onboarding.Notification.Dispatch;
using Onboarding.Notification.Extensions;
using Onboarding.Notification.Infrastructure;
using Onboarding.Notification.Phone;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPublishedApi();
builder.AddApplicationServices();

var app = builder.Build();
if (DatabaseMigration.IsMigrationRun(args))
{
    await app.MigrateDatabaseAsync<NotificationDbContext>();
    await app.DeployBrokerTopologyAsync();
    return;
}

// Refuse to start without the recipient key outside Development (RecipientHasher), not at the first delivery.
app.Services.GetRequiredService<RecipientHasher>();

app.MapDefaultEndpoints();
app.MapGroup("/api/notification/operator").RequireOperatorKey().MapParkedMessagesApi().MapHelpDeskApi();
if (app.Configuration.GetValue<bool>(PhoneSinkOptions.EnabledKey))
{
    app.MapPhoneSinkApi();
}
// Twilio's status callbacks, when Twilio is the channel and knows where to reach us.
if (PhoneChannelRegistration.From(app.Configuration) == PhoneChannelRegistration.Choice.Twilio
    && !string.IsNullOrWhiteSpace(app.Configuration[TwilioPhoneOptions.PublicBaseUrlKey]))
{
    app.MapTwilioStatusCallbackApi();
}
app.Run();

public partial class Program;
