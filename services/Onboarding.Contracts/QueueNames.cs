namespace Onboarding.Contracts;

/// <summary>
/// Queues that commands are sent to. Commands carry secrets (codes, addresses), so they go to exactly one
/// queue and never to a public exchange.
/// </summary>
public static class QueueNames
{
    /// <summary>The <c>notification</c> service's command queue: e-mail, SMS and voice messages.</summary>
    public const string Notification = "notification-commands";

    /// <summary>
    /// Every command queue. Each is a quorum queue that senders reach through its exchange of the same name; every
    /// service's <c>migrate</c> step declares them, so a command never meets an exchange that no queue is bound to.
    /// </summary>
    public static readonly IReadOnlyList<string> All = [Notification];
}
