using Onboarding.Messaging;
using Onboarding.Notification.Extensions;
using Onboarding.Notification.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
if (DatabaseMigration.IsMigrationRun(args))
{
    await app.MigrateDatabaseAsync<NotificationDbContext>();
    return;
}

app.MapDefaultEndpoints();
app.Run();

public partial class Program;
