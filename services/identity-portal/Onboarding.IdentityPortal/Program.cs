using Onboarding.Messaging.Redrive;
using Onboarding.Messaging.Topology;
using Onboarding.Messaging;
using Onboarding.IdentityPortal.Apis;
using Onboarding.IdentityPortal.Extensions;
using Onboarding.IdentityPortal.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPublishedApi();
builder.AddApplicationServices();

var app = builder.Build();
if (DatabaseMigration.IsMigrationRun(args))
{
    await app.MigrateDatabaseAsync<IdentityDbContext>();
    await app.DeployBrokerTopologyAsync();
    return;
}

// OpenIddict's server runs inside authentication: token requests, discovery and the published keys.
app.UseAuthentication();
app.UseAuthorization();
app.MapDefaultEndpoints();
app.MapGroup("/api/portal/operator").RequireOperatorKey().MapParkedMessagesApi().MapHelpDeskApi();
app.MapPingApi("/api/portal", "identity-portal");
app.MapSignupApi();
app.MapSignupAccountApi();
app.MapSignInApi();
app.MapPasswordResetApi();
app.MapAccountApi();
app.MapTokenApi();
app.MapAccountSettingsApi();
app.Run();

public partial class Program;
