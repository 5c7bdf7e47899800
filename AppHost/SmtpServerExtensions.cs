namespace Onboarding.AppHost;

/// <summary>
/// smtp4dev, the development SMTP server: the pinned local dotnet tool (<c>.config/dotnet-tools.json</c>), in-memory,
/// with its web inbox and REST API (<c>/api/messages</c>) on the <c>http</c> endpoint and SMTP on <c>smtp</c>.
/// </summary>
internal static class SmtpServerExtensions
{
    public static IResourceBuilder<ExecutableResource> AddSmtp4Dev(this IDistributedApplicationBuilder builder, string name)
    {
        var repositoryRoot = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, ".."));
        var httpPort = ConfiguredPorts.Get(builder.Configuration, ConfiguredPorts.MailHttp);
        var smtpPort = ConfiguredPorts.Get(builder.Configuration, ConfiguredPorts.MailSmtp);

        var mail = builder.AddExecutable(name, "dotnet", repositoryRoot, "tool", "run", "smtp4dev", "--")
            // The tool targets an older runtime than the SDK may have; let it run on the newest installed.
            .WithEnvironment("DOTNET_ROLL_FORWARD", "Major")
            .WithHttpEndpoint(port: httpPort, name: ResourceNames.HttpEndpoint)
            .WithEndpoint(port: smtpPort, scheme: "tcp", name: ResourceNames.SmtpEndpoint)
            // IMAP and POP3 are not used, but smtp4dev always listens; give them free ports so two copies can run.
            .WithEndpoint(scheme: "tcp", name: "imap")
            .WithEndpoint(scheme: "tcp", name: "pop3")
            .WithIconName("Mail");

        mail.WithArgs(context =>
        {
            context.Args.Add(ReferenceExpression.Create($"--urls=http://127.0.0.1:{mail.GetEndpoint(ResourceNames.HttpEndpoint).Property(EndpointProperty.TargetPort)}"));
            context.Args.Add(ReferenceExpression.Create($"--smtpport={mail.GetEndpoint(ResourceNames.SmtpEndpoint).Property(EndpointProperty.TargetPort)}"));
            context.Args.Add(ReferenceExpression.Create($"--imapport={mail.GetEndpoint("imap").Property(EndpointProperty.TargetPort)}"));
            context.Args.Add(ReferenceExpression.Create($"--pop3port={mail.GetEndpoint("pop3").Property(EndpointProperty.TargetPort)}"));
            context.Args.Add("--db=");                      // in-memory: the inbox starts empty on every run
            context.Args.Add("--hostname=localhost");
            context.Args.Add("--bindaddress=127.0.0.1");    // reachable through the AppHost's proxy only
        });

        return mail
            .WithHttpHealthCheck("/api/server", endpointName: ResourceNames.HttpEndpoint)
            .WithUrlForEndpoint(ResourceNames.HttpEndpoint, url => url.DisplayText = "Inbox")
            .WithUrlForEndpoint(ResourceNames.SmtpEndpoint, url => url.DisplayLocation = UrlDisplayLocation.DetailsOnly)
            .WithUrlForEndpoint("imap", url => url.DisplayLocation = UrlDisplayLocation.DetailsOnly)
            .WithUrlForEndpoint("pop3", url => url.DisplayLocation = UrlDisplayLocation.DetailsOnly);
    }
}
