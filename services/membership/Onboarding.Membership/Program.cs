using Onboarding.Membership.Apis;
using Onboarding.Membership.Extensions;
using Onboarding.Membership.Infrastructure;
using Onboarding.Messaging;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
if (DatabaseMigration.IsMigrationRun(args))
{
    await app.MigrateDatabaseAsync<MembershipDbContext>();
    return;
}

app.MapDefaultEndpoints();
app.MapPingApi();
app.MapOperatorApi();
app.Run();

public partial class Program;
