namespace Onboarding.WalletLink.Tests;

/// <summary>One wallet-link and one sandbox for all tests; they take turns because the fault tests change the sandbox.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WalletLinkCollection : ICollectionFixture<WalletLinkFactory>
{
    public const string Name = "wallet-link";
}
