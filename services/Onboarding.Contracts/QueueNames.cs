namespace Onboarding.Contracts;

/// <summary>
/// Queues that commands are sent to. Commands carry secrets (codes, addresses), so they go to exactly one
/// queue and never to a public exchange.
/// </summary>
public static class QueueNames
{
    /// <summary>The <c>notification</c> service's command queue: e-mail, SMS and voice messages.</summary>
    public const string Notification = "notification-commands";
}
