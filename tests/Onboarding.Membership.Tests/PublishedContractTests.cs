using System.Net;
using Microsoft.AspNetCore.Hosting;
using Onboarding.Testing.Contracts;

namespace Onboarding.Membership.Tests;

/// <summary>
/// The HTTP contract other co-op systems integrate with is docs/openapi/membership.json; operators browse it in
/// Development only.
/// </summary>
[Collection(MembershipCollection.Name)]
public sealed class PublishedContractTests(MembershipApiFactory factory) : IClassFixture<MembershipApiFactory>
{
    [Fact]
    public Task The_OpenAPI_document_is_the_checked_in_one() =>
        PublishedContract.AssertMatchesCheckedInAsync(factory.CreateClient(), "membership");

    [Fact]
    public async Task The_API_page_is_served_in_Development_only_and_the_document_everywhere()
    {
        var development = factory.CreateClient();
        var production = factory.WithWebHostBuilder(web => web.UseEnvironment("Production")).CreateClient();

        var page = await development.GetAsync("/scalar");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("openapi/v1.json", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await production.GetAsync("/scalar")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await production.GetAsync(PublishedContract.DocumentPath)).StatusCode);
    }
}
