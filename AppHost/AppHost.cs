using Microsoft.Extensions.Hosting;
using Onboarding.AppHost;
using Onboarding.AppHost.Commands;
using Onboarding.AppHost.Infrastructure;

var builder = DistributedApplication.CreateBuilder(args);

// Infrastructure: containers, local OS servers or external servers (Infrastructure:Mode, default auto).
var infrastructure = builder.AddInfrastructure();
// The load profile (Load:Enabled, see LoadProfile) sends mail to the load generator instead of smtp4dev.
var load = LoadProfile.From(builder.Configuration);
var mail = load.Enabled ? null : builder.AddSmtp4Dev(ResourceNames.Mail);
var passcodeKey = Secrets.Generated(builder, ResourceNames.MembershipPasscodeKey);
var portalCodeKey = Secrets.Generated(builder, ResourceNames.PortalCodeKey);
var walletClientSecret = Secrets.Generated(builder, ResourceNames.WalletClientSecret);
var isDevelopment = builder.Environment.IsDevelopment();
// The programme's cut-over (Onboarding:CutoverDate): the gateway's wording and membership's reminder waves read the
// same date. Deadline reminders (Onboarding:Reminders) mail every member not yet done, so they are off unless "true".
var cutoverDate = builder.Configuration["Onboarding:CutoverDate"] ?? "2027-01-01";
var remindersEnabled = builder.Configuration["Onboarding:Reminders"] == "true" ? "true" : "false";

// The member-facing entry point: YARP routes /api/membership, /api/portal, /api/wallet to the services (wired below).
var gateway = builder.AddProject<Projects.Onboarding_Gateway>(ResourceNames.Gateway, options => options.ExcludeLaunchProfile = true)
    .WithHttpEndpoint(port: ConfiguredPorts.Get(builder.Configuration, ConfiguredPorts.Gateway), name: ResourceNames.HttpEndpoint)
    .WithExternalHttpEndpoints()
    .WithAppHostEnvironment(builder)
    .WithPromptHttpHealthCheck("/health", ResourceNames.HttpEndpoint)
    .WithUrlForEndpoint(ResourceNames.HttpEndpoint, url => url.DisplayText = "Member UI")
    .WithEnvironment("Onboarding__CutoverDate", cutoverDate)
    // Onboarding:Replicas (default 1): the proxy on the fixed port spreads connections over the replicas, which share
    // the key ring in gatewaydb; the per-client limit is each replica's own (docs/architecture.md §6.5).
    .WithConfiguredReplicas();
if (load.Enabled)
{
    // With the generator's --shared-address every simulated member comes from one address (the NAT case).
    gateway.WithEnvironment("Gateway__RateLimiting__PermitsPerMinute", load.GatewayPermitsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

// Services, each with its own database and a migrate step that runs first.
var membership = builder.AddService<Projects.Onboarding_Membership>(
    ResourceNames.Membership, ResourceNames.MembershipDb, infrastructure,
    service => service
        .WithEnvironment("Membership__PublicBaseUrl", gateway.GetEndpoint(ResourceNames.HttpEndpoint))
        .WithEnvironment("Membership__PasscodeKey", passcodeKey)
        .WithEnvironment("Membership__SeedDevelopmentMembers", isDevelopment ? "true" : "false")
        .WithEnvironment("Membership__Reminders__CutoverDate", cutoverDate)
        .WithEnvironment("Membership__Reminders__Enabled", remindersEnabled))
    .WithRosterImportCommand()
    .WithLookupUnlockCommand()
    .WithReminderWaveReleaseCommand()
    .WithRedriveParkedMessagesCommand("membership")
    .WithApiReferenceUrl();

// Seals identity-portal's token signing and encryption keys at rest; kept out of identitydb.
var portalKeyEncryptionKey = Secrets.Generated(builder, ResourceNames.KeyEncryptionKey(ResourceNames.IdentityPortal));
var identityPortal = builder.AddService<Projects.Onboarding_IdentityPortal>(
    ResourceNames.IdentityPortal, ResourceNames.IdentityDb, infrastructure,
    service => service
        .WithEnvironment("Portal__CodeKey", portalCodeKey)
        .WithEnvironment("KeyEncryption__Key", portalKeyEncryptionKey))
    .WithRedriveParkedMessagesCommand("portal")
    .WithApiReferenceUrl();

if (load.MembershipPort is { } membershipPort)
{
    // A fixed port for the load generator's roster import (the gateway refuses operator endpoints).
    membership.WithEndpoint(ResourceNames.HttpEndpoint, endpoint => endpoint.Port = membershipPort);
}

// Members read their onboarding progress with identity-portal's tokens: membership fetches its published keys.
membership.WithReference(identityPortal);

// Keys the delivery log's recipient hashes (the help desk's search by address); the service refuses to start without it.
var notificationRecipientKey = Secrets.Generated(builder, ResourceNames.NotificationRecipientKey);
var notification = builder.AddService<Projects.Onboarding_Notification>(
        ResourceNames.Notification, ResourceNames.NotificationDb, infrastructure,
        service => service.WithMailServer(mail, load).WithPhoneProvider(load))
    // The service only: its migrate step hashes nothing.
    .WithEnvironment("Notification__RecipientKey", notificationRecipientKey)
    // The service only, not its migrate step: the Twilio secrets go where they are used.
    .WithTwilioPhone(builder, load, gateway.GetEndpoint(ResourceNames.HttpEndpoint))
    .WithRedriveParkedMessagesCommand("notification")
    .WithApiReferenceUrl()
    .WaitForMailServer(mail);

// The wallet provider's stand-in, reached by members' browsers (its own login and consent pages) and by wallet-link.
// wallet-link is its registered OAuth client; the callback is the gateway's, exactly as registered.
var walletCallback = ReferenceExpression.Create($"{gateway.GetEndpoint(ResourceNames.HttpEndpoint)}/api/wallet/links/callback");
var walletSandbox = builder.AddService<Projects.Onboarding_WalletSandbox>(
        ResourceNames.WalletSandbox, ResourceNames.SandboxDb, infrastructure,
        service => service
            .WithMailServer(mail, load)
            .WithEnvironment("WalletSandbox__Clients__0__ClientId", ResourceNames.WalletClientId)
            .WithEnvironment("WalletSandbox__Clients__0__ClientSecret", walletClientSecret)
            .WithEnvironment("WalletSandbox__Clients__0__DisplayName", "大学生協 電子マネー連携")
            .WithEnvironment("WalletSandbox__Clients__0__RedirectUris__0", walletCallback))
    .WithExternalHttpEndpoints()
    .WithUrlForEndpoint(ResourceNames.HttpEndpoint, url => url.DisplayText = "Wallet provider (sandbox)")
    .WaitForMailServer(mail);

if (load.WalletSandboxPort is { } sandboxPort)
{
    walletSandbox.WithEndpoint(ResourceNames.HttpEndpoint, endpoint => endpoint.Port = sandboxPort);
}

var sandboxUrl = walletSandbox.GetEndpoint(ResourceNames.HttpEndpoint);
// One issuer name however the sandbox is reached (browsers and wallet-link use this same URL).
walletSandbox.WithEnvironment("WalletSandbox__Issuer", sandboxUrl);
// Seals wallet-link's Data Protection key ring at rest; kept out of walletdb.
var walletKeyEncryptionKey = Secrets.Generated(builder, ResourceNames.KeyEncryptionKey(ResourceNames.WalletLink));
var walletLink = builder.AddService<Projects.Onboarding_WalletLink>(
        ResourceNames.WalletLink, ResourceNames.WalletDb, infrastructure,
        service => service
            .WithEnvironment("WalletProvider__BaseUrl", sandboxUrl)
            .WithEnvironment("WalletProvider__AuthorizeUrl", ReferenceExpression.Create($"{sandboxUrl}/oauth/authorize"))
            .WithEnvironment("WalletProvider__ClientId", ResourceNames.WalletClientId)
            .WithEnvironment("WalletProvider__ClientSecret", walletClientSecret)
            .WithEnvironment("WalletProvider__RedirectUri", walletCallback)
            .WithEnvironment("KeyEncryption__Key", walletKeyEncryptionKey)
            .WithReference(identityPortal))
    .WaitFor(walletSandbox)
    .WaitFor(identityPortal)
    .WithRedriveParkedMessagesCommand("wallet")
    .WithApiReferenceUrl();
if (load.ProviderProxyUrl is { } providerProxy)
{
    // The provider-flaky fault: wallet-link's server-to-server calls go through the load generator's proxy (set after
    // the sandbox's URL above, so it replaces it); the authorize URL members' browsers follow stays the sandbox's.
    walletLink.WithEnvironment("WalletProvider__BaseUrl", providerProxy);
}

// The gateway's own database holds only its Data Protection key ring (journey cookies, antiforgery tokens), so that
// every replica and every restart read what another issued; sealed under a key kept out of gatewaydb.
var gatewayDb = infrastructure.Database(ResourceNames.GatewayDb);
var gatewayMigration = builder.AddDatabaseMigration<Projects.Onboarding_Gateway>(ResourceNames.Gateway, gatewayDb);
var gatewayKeyEncryptionKey = Secrets.Generated(builder, ResourceNames.KeyEncryptionKey(ResourceNames.Gateway));
gateway
    .WithReference(gatewayDb)
    .WithEnvironment("KeyEncryption__Key", gatewayKeyEncryptionKey)
    .WaitForCompletion(gatewayMigration)
    .WithReference(membership).WaitFor(membership)
    .WithReference(identityPortal).WaitFor(identityPortal)
    .WithReference(walletLink).WaitFor(walletLink)
    // Only Twilio's status callbacks (/api/notification/twilio/...) are forwarded to notification.
    .WithReference(notification);

// The staff's console: its own resource, port and database; it calls the services' operator APIs with their keys, and
// no member reaches it.
builder.AddOperatorConsole(infrastructure, membership, identityPortal, notification, walletLink);

load.SampleTraces(builder);
builder.LogStartupTimelineIfAsked();
load.CompressRetention(builder);
builder.Build().Run();
