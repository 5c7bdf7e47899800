namespace Onboarding.Membership.Tests;

/// <summary>The membership tests read notification's one command queue, so they take turns.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MembershipCollection
{
    public const string Name = "membership";
}
