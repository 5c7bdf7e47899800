using Onboarding.Messaging;
using Onboarding.Messaging.Redrive;
using Onboarding.Messaging.Topology;
using Onboarding.WalletLink.Apis;
using Onboarding.WalletLink.Extensions;
using Onboarding.WalletLink.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPublishedApi();
builder.AddApplicationServices();

var app = builder.Build();
if (DatabaseMigration.IsMigrationRun(args))
{
    await app.MigrateDatabaseAsync<WalletDbContext>();
    await app.DeployBrokerTopologyAsync();
    return;
}

app.UseAuthentication();
app.UseAuthorization();
app.MapDefaultEndpoints();
// Its consumer's parked messages (PortalAccountDeleted, the unlink backstop) are counted and re-driven like the others'.
app.MapGroup("/api/wallet/operator").RequireOperatorKey().MapParkedMessagesApi().MapHelpDeskApi();
app.MapPingApi("/api/wallet", "wallet-link");
app.MapLinkApi();
app.MapWalletApi();
app.Run();

public partial class Program;
