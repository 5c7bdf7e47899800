using Onboarding.Messaging;
using Onboarding.WalletSandbox.Apis;
using Onboarding.WalletSandbox.Application;
using Onboarding.WalletSandbox.Extensions;
using Onboarding.WalletSandbox.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
if (DatabaseMigration.IsMigrationRun(args))
{
    await app.MigrateDatabaseAsync<SandboxDbContext>();
    await app.Services.RegisterConfiguredClientsAsync();
    return;
}

// Before authentication: OpenIddict answers /oauth/token and /oauth/revoke from inside the authentication middleware.
app.UseMiddleware<FaultInjectionMiddleware>();
app.UseAuthentication();
app.UseAuthorization();

app.MapDefaultEndpoints();
// Browsers ask every site for an icon; answering "none" keeps their consoles free of 404s.
app.MapGet("/favicon.ico", () => Results.NoContent());
app.MapPingApi("/sandbox", "wallet-sandbox");
app.MapOAuthTokenApi();
app.MapWalletApi();
app.MapSandboxApi();
app.MapRazorPages();
app.Run();

public partial class Program;
