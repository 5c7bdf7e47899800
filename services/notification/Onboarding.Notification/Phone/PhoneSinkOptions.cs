namespace Onboarding.Notification.Phone;

/// <summary>
/// Configuration section <c>Notification:PhoneSink</c>. <c>Enabled</c> (default false; true in
/// <c>appsettings.Development.json</c>, which the AppHost's services run with) turns on the development sink and
/// its read API <c>GET /dev/phone-messages</c>. Never enable it in production: the API shows codes to anyone.
/// </summary>
public sealed class PhoneSinkOptions
{
    public const string Section = "Notification:PhoneSink";

    public const string EnabledKey = Section + ":Enabled";

    public bool Enabled { get; set; }
}
