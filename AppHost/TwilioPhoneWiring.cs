using Microsoft.Extensions.Configuration;

namespace Onboarding.AppHost;

/// <summary>
/// The AppHost's settings under <c>TwilioPhone</c>: SMS and voice through a real Twilio account when <c>From</c> (the
/// sending number) is set, e.g. <c>dotnet user-secrets set TwilioPhone:From +815012345678</c>. Unset — as for
/// <c>./run.sh</c> — notification keeps the development phone sink. <c>BaseUrl</c> defaults to Twilio's API;
/// <c>PublicBaseUrl</c> is where Twilio reaches the gateway for status callbacks (default: the gateway's own URL,
/// which Twilio reaches only through a tunnel or a public deployment).
/// </summary>
internal sealed class TwilioPhoneSettings
{
    public const string Section = "TwilioPhone";

    public string? From { get; init; }

    public string? BaseUrl { get; init; }

    public string? PublicBaseUrl { get; init; }

    public bool Enabled => !string.IsNullOrWhiteSpace(From);

    public static TwilioPhoneSettings Read(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<TwilioPhoneSettings>() ?? new TwilioPhoneSettings();
}

internal static class TwilioPhoneWiring
{
    /// <summary>
    /// Gives notification (the service, not its migrate step: call once) the Twilio channel when
    /// <see cref="TwilioPhoneSettings.Enabled"/>. The account SID and auth
    /// token are secret parameters (<c>Parameters:twilio-account-sid</c>, <c>Parameters:twilio-auth-token</c>, in the
    /// AppHost's user secrets; the dashboard asks for them when missing), created only then, so a default run asks for
    /// nothing.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithTwilioPhone(
        this IResourceBuilder<ProjectResource> notification, IDistributedApplicationBuilder builder, LoadProfile load, EndpointReference gateway)
    {
        var settings = TwilioPhoneSettings.Read(builder.Configuration);
        if (!settings.Enabled) return notification;
        if (load is { Enabled: true, PhoneProviderUrl.Length: > 0 })
        {
            throw new InvalidOperationException("TwilioPhone:From and Load:PhoneProviderUrl both choose the phone channel: set one.");
        }

        var accountSid = builder.AddParameter(ResourceNames.TwilioAccountSid, secret: true);
        var authToken = builder.AddParameter(ResourceNames.TwilioAuthToken, secret: true);
        notification
            .WithEnvironment("Notification__TwilioPhone__AccountSid", accountSid)
            .WithEnvironment("Notification__TwilioPhone__AuthToken", authToken)
            .WithEnvironment("Notification__TwilioPhone__From", settings.From);
        if (!string.IsNullOrWhiteSpace(settings.BaseUrl))
        {
            notification.WithEnvironment("Notification__TwilioPhone__BaseUrl", settings.BaseUrl);
        }
        return string.IsNullOrWhiteSpace(settings.PublicBaseUrl)
            ? notification.WithEnvironment("Notification__TwilioPhone__PublicBaseUrl", gateway)
            : notification.WithEnvironment("Notification__TwilioPhone__PublicBaseUrl", settings.PublicBaseUrl);
    }
}
