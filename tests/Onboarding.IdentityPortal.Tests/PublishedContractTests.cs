using Onboarding.Testing.Contracts;

namespace Onboarding.IdentityPortal.Tests;

/// <summary>The HTTP contract other co-op systems integrate with is docs/openapi/identity-portal.json.</summary>
[Collection(PortalCollection.Name)]
public sealed class PublishedContractTests(PortalApiFactory factory) : IClassFixture<PortalApiFactory>
{
    [Fact]
    public Task The_OpenAPI_document_is_the_checked_in_one() =>
        PublishedContract.AssertMatchesCheckedInAsync(factory.CreateClient(), "identity-portal");
}
