namespace Onboarding.OperatorConsole.Services;

/// <summary>
/// The services that park messages (docs/architecture.md §4.4), each with the operator path its
/// <c>ParkedMessagesApi</c> is mapped under — the services' own prefixes, not their names.
/// </summary>
public static class ParkedMessageServices
{
    private static readonly Dictionary<string, string> Prefixes = new(StringComparer.Ordinal)
    {
        [OperatorServicesRegistration.Membership] = "/api/membership/operator",
        [OperatorServicesRegistration.IdentityPortal] = "/api/portal/operator",
        [OperatorServicesRegistration.Notification] = "/api/notification/operator",
        [OperatorServicesRegistration.WalletLink] = "/api/wallet/operator",
    };

    public static IReadOnlyList<string> All => OperatorServicesRegistration.All;

    public static bool IsKnown(string? service) => service is not null && Prefixes.ContainsKey(service);

    public static string Count(string service) => $"{Prefixes[service]}/parked-messages";

    public static string Redrive(string service) => $"{Prefixes[service]}/parked-messages/redrive";

    public static OperatorService Of(this OperatorServices services, string service) => service switch
    {
        OperatorServicesRegistration.Membership => services.Membership,
        OperatorServicesRegistration.IdentityPortal => services.IdentityPortal,
        OperatorServicesRegistration.Notification => services.Notification,
        OperatorServicesRegistration.WalletLink => services.WalletLink,
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, "Not a service with parked messages."),
    };
}

/// <param name="Total">Parked (the count) or moved back (a re-drive), over all the service's queues.</param>
public sealed record ParkedMessages(long Total, IReadOnlyList<QueueParkedMessages> Queues);

public sealed record QueueParkedMessages(string Queue, uint Messages, uint WaitingForRedelivery);
