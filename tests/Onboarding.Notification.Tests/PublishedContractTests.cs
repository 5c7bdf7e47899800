using Onboarding.Notification.Tests.Infrastructure;
using Onboarding.Testing.Contracts;

namespace Onboarding.Notification.Tests;

/// <summary>
/// The HTTP contract of notification is docs/openapi/notification.json: its operator endpoints only (the development
/// phone sink is not part of it).
/// </summary>
[Collection(NotificationServiceCollection.Name)]
public sealed class PublishedContractTests(NotificationServiceFixture fixture)
{
    [Fact]
    public Task The_OpenAPI_document_is_the_checked_in_one() =>
        PublishedContract.AssertMatchesCheckedInAsync(fixture.Service.CreateClient(), "notification");
}
