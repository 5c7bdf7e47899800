namespace Onboarding.AppHost;

/// <summary>
/// The names of the system's resources. They are also the connection-string names and service-discovery names the
/// services use, and the names tests look resources up by, so they live here once.
/// </summary>
public static class ResourceNames
{
    // Infrastructure
    public const string Postgres = "postgres";
    public const string RabbitMq = "rabbitmq";
    public const string Mail = "mail";

    // Databases, one per service (docs/architecture.md §2)
    public const string MembershipDb = "membershipdb";
    public const string IdentityDb = "identitydb";
    public const string NotificationDb = "notificationdb";
    public const string WalletDb = "walletdb";
    public const string SandboxDb = "sandboxdb";
    /// <summary>The gateway's: only its Data Protection key ring, shared by every gateway replica.</summary>
    public const string GatewayDb = "gatewaydb";
    /// <summary>The operator console's: staff accounts, the audit log and its Data Protection key ring.</summary>
    public const string ConsoleDb = "consoledb";

    // Services
    public const string Membership = "membership";
    public const string IdentityPortal = "identity-portal";
    public const string Notification = "notification";
    public const string WalletLink = "wallet-link";
    public const string WalletSandbox = "wallet-sandbox";
    public const string Gateway = "gateway";
    /// <summary>The staff's web app: its own resource and port, never routed through the member gateway.</summary>
    public const string OperatorConsole = "operator-console";

    /// <summary>Every service that owns a database, each with its <c>-migrate</c> step.</summary>
    public static readonly IReadOnlyList<string> Services = [Membership, IdentityPortal, Notification, WalletLink, WalletSandbox];

    public static readonly IReadOnlyList<string> Databases = [MembershipDb, IdentityDb, NotificationDb, WalletDb, SandboxDb, GatewayDb, ConsoleDb];

    /// <summary>Every resource with a <c>-migrate</c> step: the services, the gateway (its key ring's database) and the operator console.</summary>
    public static readonly IReadOnlyList<string> DatabaseOwners = [.. Services, Gateway, OperatorConsole];

    /// <summary>The one-shot step that applies a service's EF Core migrations before the service starts.</summary>
    public static string Migration(string service) => $"{service}-migrate";

    /// <summary>The argument that makes a service apply its migrations and exit.</summary>
    public const string MigrateArgument = "migrate";

    // Parameters (secrets)
    public const string PostgresPassword = "postgres-password";
    public const string RabbitMqPassword = "rabbitmq-password";
    /// <summary>
    /// Each service's own operator key (<c>Operator:ApiKey</c> inside it), so that a key handed out for one purpose
    /// (the sandbox's fault injection, say) opens nothing else.
    /// </summary>
    public static string OperatorKey(string service) => $"{service}-operator-key";

    /// <summary>The key a service seals its key material at rest with (<c>KeyEncryption:Key</c>), kept out of its database.</summary>
    public static string KeyEncryptionKey(string service) => $"{service}-key-encryption-key";
    public const string MembershipPasscodeKey = "membership-passcode-key";
    public const string PortalCodeKey = "portal-code-key";
    /// <summary>notification's key for the delivery log's recipient hashes (<c>Notification:RecipientKey</c>), so the help desk finds deliveries by address.</summary>
    public const string NotificationRecipientKey = "notification-recipient-key";
    public const string WalletClientSecret = "wallet-client-secret";
    /// <summary>The operator console's first administrator (seeded by its migrate step): user name (default <c>admin</c>) and password (generated).</summary>
    public const string ConsoleAdminUser = "operator-console-admin-user";
    public const string ConsoleAdminPassword = "operator-console-admin-password";
    /// <summary>Twilio's account SID and auth token, only when the AppHost is set up for Twilio (<c>TwilioPhone:From</c>).</summary>
    public const string TwilioAccountSid = "twilio-account-sid";
    public const string TwilioAuthToken = "twilio-auth-token";

    /// <summary>wallet-link's OAuth client id at the wallet provider (the sandbox registers it with the secret above).</summary>
    public const string WalletClientId = "onboarding-wallet-link";

    /// <summary>The broker user of the local and container modes (the password is a parameter).</summary>
    public const string RabbitMqUser = "onboarding";

    // Endpoint names
    public const string HttpEndpoint = "http";
    public const string SmtpEndpoint = "smtp";
    public const string TcpEndpoint = "tcp";
}
