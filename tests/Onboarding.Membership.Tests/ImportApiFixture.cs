using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Onboarding.Membership.Tests;

/// <summary>
/// The membership service (a fresh database, real PostgreSQL and RabbitMQ) configured with an operator credential,
/// for the roster import tests.
/// </summary>
public sealed class ImportApiFixture : IAsyncLifetime
{
    public const string OperatorKey = "test-only-operator-key-0123456789";
    public const string ImportPath = "/api/membership/operator/roster-imports";

    public MembershipApiFactory Membership { get; } = new();

    /// <summary>The same service and database, with <c>Operator:ApiKey</c> set.</summary>
    public WebApplicationFactory<Program> Service { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)Membership).InitializeAsync();
        Service = Membership.WithWebHostBuilder(web => web.UseSetting("Operator:ApiKey", OperatorKey));
    }

    public async Task<HttpResponseMessage> PostAsync(byte[] file, string? contentType = "text/csv", string? operatorKey = OperatorKey, string language = "ja")
    {
        var content = new ByteArrayContent(file);
        if (contentType is not null) content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return await SendAsync(content, operatorKey, language);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpContent content, string? operatorKey = OperatorKey, string language = "ja")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, ImportPath) { Content = content };
        if (operatorKey is not null) request.Headers.Add("X-Operator-Key", operatorKey);
        request.Headers.AcceptLanguage.ParseAdd(language);
        return await Service.CreateClient().SendAsync(request);
    }

    /// <summary>Posts the file and returns the 200 report.</summary>
    public async Task<JsonElement> ImportAsync(byte[] file, string contentType = "text/csv")
    {
        var response = await PostAsync(file, contentType);
        var body = await ApiClient.JsonAsync(response);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return body;
    }

    public async Task DisposeAsync()
    {
        await Service.DisposeAsync();
        await Membership.DisposeAsync();
    }
}
