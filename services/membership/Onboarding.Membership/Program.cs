using Onboarding.Messaging.Redrive;
using Onboarding.Messaging.Topology;
using Microsoft.Extensions.Options;
using Onboarding.Membership.Apis;
using Onboarding.Membership.Application;
using Onboarding.Membership.Extensions;
using Onboarding.Membership.Infrastructure;
using Onboarding.Messaging;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPublishedApi();
builder.AddApplicationServices();

var app = builder.Build();
if (DatabaseMigration.IsMigrationRun(args))
{
    await app.MigrateDatabaseAsync<MembershipDbContext>();
    await app.DeployBrokerTopologyAsync();
    if (app.Services.GetRequiredService<IOptions<MembershipOptions>>().Value.SeedDevelopmentMembers)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DevelopmentMembers>().SeedAsync();
    }
    return;
}

// First, so that the lookups' client budget sees the member's address the gateway forwarded, not the gateway's.
app.UseForwardedHeaders();
app.MapDefaultEndpoints();
app.MapGroup("/api/membership/operator").RequireOperatorKey().MapParkedMessagesApi();
app.MapPingApi("/api/membership", "membership");
app.MapLookupApi();
app.MapPasscodeApi();
app.MapOperatorApi();
app.MapOnboardingApi();
app.Run();

public partial class Program;
