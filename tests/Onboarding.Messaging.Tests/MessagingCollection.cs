namespace Onboarding.Messaging.Tests;

/// <summary>
/// These tests share one broker and one of them stops it, so they run one at a time.
/// Each test class still gets its own database and its own queue.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MessagingCollection
{
    public const string Name = "messaging";
}
