using Onboarding.Testing.Contracts;

namespace Onboarding.WalletLink.Tests;

/// <summary>The HTTP contract other co-op systems integrate with is docs/openapi/wallet-link.json.</summary>
[Collection(WalletLinkCollection.Name)]
public sealed class PublishedContractTests(WalletLinkFactory factory)
{
    [Fact]
    public Task The_OpenAPI_document_is_the_checked_in_one() =>
        PublishedContract.AssertMatchesCheckedInAsync(factory.CreateClient(), "wallet-link");
}
