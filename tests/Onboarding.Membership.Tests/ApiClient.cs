using System.Net.Http.Json;
using System.Text.Json;

namespace Onboarding.Membership.Tests;

/// <summary>Calls of the STEP 1 API as the gateway makes them, with the member's language.</summary>
public sealed class ApiClient(HttpClient http)
{
    public const string Member1 = "123456789012";
    public const string Member1BirthDate = "2004-04-01";
    public const string Member2 = "987654321098";
    public const string Member2BirthDate = "2005-12-24";

    public string Language { get; set; } = "ja";

    /// <summary>The member's address as the gateway forwards it (<c>X-Forwarded-For</c>); none when null.</summary>
    public string? ClientAddress { get; set; }

    public Task<HttpResponseMessage> LookupAsync(string? memberNumber, string? birthDate) =>
        PostAsync("/api/membership/lookups", new { memberNumber, birthDate });

    public Task<HttpResponseMessage> SendPasscodeAsync(Guid lookupId, object body) =>
        PostAsync($"/api/membership/lookups/{lookupId}/passcode", body);

    /// <summary>The code page's "send again".</summary>
    public Task<HttpResponseMessage> ResendAsync(Guid challengeId) =>
        PostAsync($"/api/membership/passcode-challenges/{challengeId}/resend", new { });

    public Task<HttpResponseMessage> VerifyAsync(Guid challengeId, string? passcode) =>
        PostAsync($"/api/membership/passcode-challenges/{challengeId}/verification", new { passcode });

    public async Task<Guid> LookupIdAsync(string memberNumber, string birthDate)
    {
        var response = await LookupAsync(memberNumber, birthDate);
        var body = await JsonAsync(response);
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return body.GetProperty("lookupId").GetGuid();
    }

    public async Task<Guid> ChallengeIdAsync(Guid lookupId, object body)
    {
        var response = await SendPasscodeAsync(lookupId, body);
        var json = await JsonAsync(response);
        Assert.True(response.IsSuccessStatusCode, json.ToString());
        return json.GetProperty("challengeId").GetGuid();
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    private async Task<HttpResponseMessage> PostAsync(string path, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.AcceptLanguage.ParseAdd(Language);
        if (ClientAddress is not null) request.Headers.Add("X-Forwarded-For", ClientAddress);
        return await http.SendAsync(request);
    }
}
