using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Onboarding.IdentityPortal.Tests;

/// <summary>Calls of the STEP 2 API as the gateway makes them, with the member's language.</summary>
public sealed class ApiClient(HttpClient http)
{
    public string Language { get; set; } = "ja";

    public Task<HttpResponseMessage> SignUpAsync(string? email) => PostAsync("/api/portal/signups", new { email });

    public Task<HttpResponseMessage> ResendAsync(Guid signupId) => PostAsync($"/api/portal/signups/{signupId}/email-code", new { });

    public Task<HttpResponseMessage> VerifyAsync(Guid signupId, string? code) =>
        PostAsync($"/api/portal/signups/{signupId}/email-verification", new { code });

    public Task<HttpResponseMessage> GetSignupAsync(Guid signupId) => http.GetAsync($"/api/portal/signups/{signupId}");

    public Task<HttpResponseMessage> SetProfileAsync(Guid signupId, string? password, string? passwordConfirmation, string? familyName, string? givenName) =>
        PostAsync($"/api/portal/signups/{signupId}/profile", new { password, passwordConfirmation, familyName, givenName });

    public Task<HttpResponseMessage> SendPhoneCodeAsync(Guid signupId, string? phoneNumber, string? channel) =>
        PostAsync($"/api/portal/signups/{signupId}/phone", new { phoneNumber, channel });

    public Task<HttpResponseMessage> VerifyPhoneAsync(Guid signupId, string? code) =>
        PostAsync($"/api/portal/signups/{signupId}/phone-verification", new { code });

    public async Task<Guid> SignupIdAsync(string email)
    {
        var response = await SignUpAsync(email);
        var body = await JsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
        return body.GetProperty("signupId").GetGuid();
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Asserts an RFC 9457 answer with this status and <c>code</c>, and returns it.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var problem = await JsonAsync(response);
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {problem}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        return problem;
    }

    private async Task<HttpResponseMessage> PostAsync(string path, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.AcceptLanguage.ParseAdd(Language);
        return await http.SendAsync(request);
    }
}
