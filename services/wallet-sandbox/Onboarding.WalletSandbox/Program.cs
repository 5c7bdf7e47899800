using Onboarding.Messaging;
using Onboarding.WalletSandbox.Apis;
using Onboarding.WalletSandbox.Extensions;
using Onboarding.WalletSandbox.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
if (DatabaseMigration.IsMigrationRun(args))
{
    await app.MigrateDatabaseAsync<SandboxDbContext>();
    return;
}

app.MapDefaultEndpoints();
app.MapPingApi();
app.Run();

public partial class Program;
