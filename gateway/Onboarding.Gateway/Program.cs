using Onboarding.Gateway.Coops;
using Onboarding.Gateway.ErrorHandling;
using Onboarding.Gateway.Journey;
using Onboarding.Gateway.KeyRing;
using Onboarding.Gateway.Localization;
using Onboarding.Gateway.Pages.Step1;
using Onboarding.Gateway.Pages.Step2;
using Onboarding.Gateway.Pages.Step3;
using Onboarding.Gateway.Proxy;
using Onboarding.Gateway.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGatewayKeyRing();
builder.AddGatewaySecurity();
builder.AddGatewayRateLimiting();
builder.AddGatewayLocalization();
builder.AddGatewayProblemDetails();
builder.AddGatewayProxy();
builder.AddOnboardingSchedule();
builder.AddStep1();
builder.AddStep2();
builder.AddStep3();
builder.AddJourney();
builder.AddCoops();
builder.Services.AddRazorPages();

var app = builder.Build();
if (KeyRingRegistration.IsMigrationRun(args))
{
    await app.MigrateKeyRingDatabaseAsync();
    return;
}

// First, so that everything after it sees the member's own IP address and scheme.
app.UseForwardedHeaders();
app.UseGatewaySecurity();
// Before the service defaults' error handling, so that its problem details come out in the member's language.
app.UseRequestLocalization();
app.MapDefaultEndpoints();
app.UseHtmlErrorPages();
// Before routing, so that no route (the proxy's least of all) ever sees an operator path.
app.UseOperatorEndpointRefusal();
app.UseRouting();
app.UseRateLimiter();

app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapGatewayProxy();

app.Run();

// Lets the tests host the gateway through WebApplicationFactory<Program>.
public partial class Program;
