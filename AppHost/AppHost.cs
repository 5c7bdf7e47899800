using Microsoft.Extensions.Hosting;
using Onboarding.AppHost;
using Onboarding.AppHost.Commands;
using Onboarding.AppHost.Infrastructure;

var builder = DistributedApplication.CreateBuilder(args);

// Infrastructure: containers, local OS servers or external servers (Infrastructure:Mode, default auto).
var infrastructure = builder.AddInfrastructure();
var mail = builder.AddSmtp4Dev(ResourceNames.Mail);
var operatorApiKey = Secrets.Generated(builder, ResourceNames.OperatorApiKey);
var passcodeKey = Secrets.Generated(builder, ResourceNames.MembershipPasscodeKey);
var portalCodeKey = Secrets.Generated(builder, ResourceNames.PortalCodeKey);
var isDevelopment = builder.Environment.IsDevelopment();

// The member-facing entry point: YARP routes /api/membership, /api/portal, /api/wallet to the services (wired below).
var gateway = builder.AddProject<Projects.Onboarding_Gateway>(ResourceNames.Gateway, options => options.ExcludeLaunchProfile = true)
    .WithHttpEndpoint(port: ConfiguredPorts.Get(builder.Configuration, ConfiguredPorts.Gateway), name: ResourceNames.HttpEndpoint)
    .WithExternalHttpEndpoints()
    .WithAppHostEnvironment(builder)
    .WithHttpHealthCheck("/health", endpointName: ResourceNames.HttpEndpoint)
    .WithUrlForEndpoint(ResourceNames.HttpEndpoint, url => url.DisplayText = "Member UI");

// Services, each with its own database and a migrate step that runs first.
var membership = builder.AddService<Projects.Onboarding_Membership>(
    ResourceNames.Membership, ResourceNames.MembershipDb, infrastructure, operatorApiKey,
    service => service
        .WithEnvironment("Membership__PublicBaseUrl", gateway.GetEndpoint(ResourceNames.HttpEndpoint))
        .WithEnvironment("Membership__PasscodeKey", passcodeKey)
        .WithEnvironment("Membership__SeedDevelopmentMembers", isDevelopment ? "true" : "false"))
    .WithRosterImportCommand(operatorApiKey);

var identityPortal = builder.AddService<Projects.Onboarding_IdentityPortal>(
    ResourceNames.IdentityPortal, ResourceNames.IdentityDb, infrastructure, operatorApiKey,
    service => service.WithEnvironment("Portal__CodeKey", portalCodeKey));

var smtp = mail.GetEndpoint(ResourceNames.SmtpEndpoint);
builder.AddService<Projects.Onboarding_Notification>(
        ResourceNames.Notification, ResourceNames.NotificationDb, infrastructure, operatorApiKey,
        service => service
            .WithEnvironment("Smtp__Host", smtp.Property(EndpointProperty.Host))
            .WithEnvironment("Smtp__Port", smtp.Property(EndpointProperty.Port)))
    .WaitFor(mail);

var walletSandbox = builder.AddService<Projects.Onboarding_WalletSandbox>(
    ResourceNames.WalletSandbox, ResourceNames.SandboxDb, infrastructure, operatorApiKey);

var walletLink = builder.AddService<Projects.Onboarding_WalletLink>(
        ResourceNames.WalletLink, ResourceNames.WalletDb, infrastructure, operatorApiKey)
    .WithReference(walletSandbox)
    .WaitFor(walletSandbox);

gateway
    .WithReference(membership).WaitFor(membership)
    .WithReference(identityPortal).WaitFor(identityPortal)
    .WithReference(walletLink).WaitFor(walletLink);

builder.Build().Run();
