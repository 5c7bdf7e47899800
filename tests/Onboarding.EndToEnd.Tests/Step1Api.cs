using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Onboarding.EndToEnd.Tests;

/// <summary>
/// STEP 1's HTTP API as a member's client calls it: through the gateway only (docs/architecture.md §7), Japanese by default.
/// Sending a passcode takes the member's turn in <see cref="PasscodeCooldowns"/> first.
/// </summary>
public sealed class Step1Api(SystemFixture system)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task<HttpResponseMessage> PostLookupAsync(string memberNumber, string birthDate) =>
        system.Gateway.PostAsJsonAsync("/api/membership/lookups", new { memberNumber, birthDate });

    /// <summary>A lookup that must succeed (201).</summary>
    public async Task<LookupCreated> LookUpAsync(string memberNumber, string birthDate)
    {
        using var response = await PostLookupAsync(memberNumber, birthDate);
        return await ReadAsync<LookupCreated>(response, HttpStatusCode.Created);
    }

    /// <summary>A passcode to the address on file, which must be accepted (202).</summary>
    public Task<PasscodeSent> SendToRegisteredAsync(string memberNumber, Guid lookupId) =>
        SendAsync(memberNumber, lookupId, new { target = "registered" });

    /// <summary>A passcode to a new address typed twice, which must be accepted (202).</summary>
    public Task<PasscodeSent> SendToNewAsync(string memberNumber, Guid lookupId, string email) =>
        SendAsync(memberNumber, lookupId, new { target = "new", email, emailConfirmation = email });

    public Task<HttpResponseMessage> PostPasscodeAsync(Guid lookupId, object body) =>
        system.Gateway.PostAsJsonAsync($"/api/membership/lookups/{lookupId}/passcode", body);

    public Task<HttpResponseMessage> VerifyAsync(Guid challengeId, string passcode) =>
        system.Gateway.PostAsJsonAsync($"/api/membership/passcode-challenges/{challengeId}/verification", new { passcode });

    private async Task<PasscodeSent> SendAsync(string memberNumber, Guid lookupId, object body)
    {
        await system.PasscodeCooldowns.WaitForTurnAsync(memberNumber);
        system.PasscodeCooldowns.Sending(memberNumber);
        using var response = await PostPasscodeAsync(lookupId, body);
        var sent = await ReadAsync<PasscodeSent>(response, HttpStatusCode.Accepted);
        system.PasscodeCooldowns.Sent(memberNumber, sent.ResendAvailableAt);
        return sent;
    }

    /// <summary>The body of a response that must have <paramref name="expected"/>; otherwise fails with what came back.</summary>
    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected,
            $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery}: expected {(int)expected} {expected}, got {(int)response.StatusCode} {response.StatusCode}: {text}");
        return JsonSerializer.Deserialize<T>(text, Json) ?? throw new InvalidOperationException($"Empty body: {text}");
    }

    /// <summary>An RFC 9457 problem with the given status, media type <c>application/problem+json</c>.</summary>
    public static async Task<Problem> ReadProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var problem = await ReadAsync<Problem>(response, expected);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return problem;
    }

    /// <summary>docs/architecture.md §6.1: the first 3 characters of the local part, then <c>*****</c>, the domain shown.</summary>
    public static string MaskEmail(string email)
    {
        var at = email.LastIndexOf('@');
        return email[..Math.Min(3, at)] + "*****" + email[at..];
    }

    public sealed record LookupCreated(Guid LookupId, string MaskedName, string? MaskedRegisteredEmail, DateTimeOffset ExpiresAt);

    public sealed record PasscodeSent(Guid ChallengeId, string SentTo, DateTimeOffset ExpiresAt, DateTimeOffset ResendAvailableAt);

    public sealed record EmailConfirmed(string Email, DateTimeOffset ConfirmedAt);

    public sealed record Problem(
        int Status, string? Code, string? Title, int? AttemptsRemaining, int? RetryAfterSeconds,
        Dictionary<string, string[]>? Errors);
}
