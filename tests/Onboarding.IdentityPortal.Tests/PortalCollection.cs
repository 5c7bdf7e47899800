namespace Onboarding.IdentityPortal.Tests;

/// <summary>The portal tests read notification's one command queue, so they take turns.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PortalCollection
{
    public const string Name = "identity-portal";
}
