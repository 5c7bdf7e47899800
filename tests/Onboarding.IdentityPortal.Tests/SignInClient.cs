using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.IdentityPortal.Domain;
using Onboarding.Testing.Messaging;

namespace Onboarding.IdentityPortal.Tests;

/// <summary>The sign-in API and the token endpoint as the gateway calls them, and accounts to sign in to.</summary>
public sealed class SignInClient(PortalApiFactory factory)
{
    public const string Password = "Sakura2026!";

    private readonly HttpClient _http = factory.CreateClient();

    public static string NewAddress() => $"s{Guid.NewGuid():N}"[..12] + "@example.ac.jp";

    /// <summary>A portal account of the test's own, made as STEP 2 makes it (its own tests cover the flow).</summary>
    public async Task<PortalUser> CreateAccountAsync(string? email = null)
    {
        email ??= NewAddress();
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser
        {
            Id = Guid.CreateVersion7(), MemberId = Guid.NewGuid(), UserName = email, Email = email, EmailConfirmed = true,
            PhoneNumber = "+819012345678", PhoneNumberConfirmed = true, FamilyName = "岡田", GivenName = "太郎",
            CreatedAt = factory.Clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join(", ", created.Errors.Select(e => e.Code)));
        return user;
    }

    public Task<HttpResponseMessage> StartAsync(string? email, string language = "ja") => PostAsync("/api/portal/sign-ins", new { email }, language);

    public Task<HttpResponseMessage> PasswordAsync(string? email, string? password, string language = "ja") =>
        PostAsync("/api/portal/sign-ins", new { email, password }, language);

    public Task<HttpResponseMessage> ResendAsync(Guid signInId) => PostAsync($"/api/portal/sign-ins/{signInId}/email-code", new { });

    public Task<HttpResponseMessage> VerifyAsync(Guid signInId, string? code, string language = "ja") =>
        PostAsync($"/api/portal/sign-ins/{signInId}/verification", new { code }, language);

    public Task<HttpResponseMessage> TokenAsync(params (string Name, string Value)[] form) =>
        _http.PostAsync("/api/portal/connect/token", new FormUrlEncodedContent(form.Select(p => KeyValuePair.Create(p.Name, p.Value))));

    /// <summary>RFC 7009 revocation, as the gateway's sign-out calls it (no client id: the gateway is an anonymous client).</summary>
    public Task<HttpResponseMessage> RevokeAsync(string refreshToken) =>
        _http.PostAsync("/api/portal/connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = refreshToken,
            ["token_type_hint"] = "refresh_token",
        }));

    public async Task<Guid> StartedAsync(string email)
    {
        var response = await StartAsync(email);
        var body = await ApiClient.JsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, body.ToString());
        return body.GetProperty("signInId").GetGuid();
    }

    /// <summary>Signs in by e-mailed code (read from notification's queue) and returns the token response.</summary>
    public async Task<JsonElement> SignedInAsync(NotificationQueueTap notifications, string email)
    {
        var signInId = await StartedAsync(email);
        var response = await VerifyAsync(signInId, await notifications.SignInCodeForAsync(signInId));
        var tokens = await ApiClient.JsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, tokens.ToString());
        return tokens;
    }

    private async Task<HttpResponseMessage> PostAsync(string path, object body, string language = "ja")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.AcceptLanguage.ParseAdd(language);
        return await _http.SendAsync(request);
    }
}
