namespace Onboarding.AppHost;

/// <summary>Where the services that send mail (notification, wallet-sandbox) send it — smtp4dev, or the load generator's sink — and where notification sends SMS and voice.</summary>
internal static class MailWiring
{
    public static IResourceBuilder<ProjectResource> WithMailServer(
        this IResourceBuilder<ProjectResource> service, IResourceBuilder<ExecutableResource>? smtp4dev, LoadProfile load)
    {
        if (smtp4dev is null)
        {
            return service
                .WithEnvironment("Smtp__Host", load.SmtpHost)
                .WithEnvironment("Smtp__Port", load.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var smtp = smtp4dev.GetEndpoint(ResourceNames.SmtpEndpoint);
        return service
            .WithEnvironment("Smtp__Host", smtp.Property(EndpointProperty.Host))
            .WithEnvironment("Smtp__Port", smtp.Property(EndpointProperty.Port));
    }

    public static IResourceBuilder<ProjectResource> WaitForMailServer(
        this IResourceBuilder<ProjectResource> service, IResourceBuilder<ExecutableResource>? smtp4dev) =>
        smtp4dev is null ? service : service.WaitFor(smtp4dev);

    /// <summary>
    /// SMS and voice to a Twilio-shaped Messages API (the load generator's) instead of the development sink, when the
    /// load profile names one. The account is a stand-in: the generator accepts any.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithPhoneProvider(this IResourceBuilder<ProjectResource> notification, LoadProfile load) =>
        load is { Enabled: true, PhoneProviderUrl: { Length: > 0 } url }
            ? notification
                .WithEnvironment("Notification__TwilioPhone__BaseUrl", url)
                .WithEnvironment("Notification__TwilioPhone__AccountSid", "ACload")
                .WithEnvironment("Notification__TwilioPhone__AuthToken", "load")
                .WithEnvironment("Notification__TwilioPhone__From", "+15005550006")
            : notification;
}
