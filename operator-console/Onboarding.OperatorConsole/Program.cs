using Onboarding.OperatorConsole.HelpDesk;
using Onboarding.OperatorConsole.Infrastructure;
using Onboarding.OperatorConsole.Localization;
using Onboarding.OperatorConsole.Pages.Roster;
using Onboarding.OperatorConsole.Security;
using Onboarding.OperatorConsole.Services;
using Onboarding.OperatorConsole.Staff;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddConsoleDatabase();
builder.AddConsoleSecurity();
builder.AddSignInRateLimit();
builder.AddConsoleLocalization();
builder.AddStaffSignIn();
builder.AddOperatorServices();
builder.AddHelpDesk();
builder.AddRosterReports();
builder.Services.AddRazorPages();

var app = builder.Build();
if (ConsoleDatabase.IsMigrationRun(args))
{
    await app.MigrateAndSeedAsync();
    return;
}

app.UseConsoleSecurity();
app.UseRequestLocalization();
// Routing before the service defaults, so that their body limit (64 KB, refused from Content-Length before anything
// reads it) sees the page and takes its [RequestSizeLimit]: the roster upload's 1 GiB.
app.UseRouting();
app.MapDefaultEndpoints();
// HTML error pages, not the service defaults' problem details: every caller of the console is a browser.
app.UseExceptionHandler("/Error");
app.UseStatusCodePagesWithReExecute("/Error/{0}");
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();

app.MapStaticAssets().AllowAnonymous();
app.MapRazorPages().WithStaticAssets();

app.Run();

// Lets the tests host the console through WebApplicationFactory<Program>.
public partial class Program;
