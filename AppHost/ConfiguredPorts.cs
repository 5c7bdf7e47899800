using Microsoft.Extensions.Configuration;

namespace Onboarding.AppHost;

/// <summary>
/// Fixed ports of the endpoints people open (gateway, operator console, mail inbox), from configuration: <c>./run.sh</c> and the launch
/// profile set 8080, 8090 and 5080; unset, empty or 0 means a free port the AppHost picks (what tests use).
/// </summary>
internal static class ConfiguredPorts
{
    public const string Gateway = "Gateway:HttpPort";
    public const string OperatorConsole = "OperatorConsole:HttpPort";
    public const string MailHttp = "Mail:HttpPort";
    public const string MailSmtp = "Mail:SmtpPort";

    public static int? Get(IConfiguration configuration, string key) =>
        int.TryParse(configuration[key], out var port) && port > 0 ? port : null;
}
