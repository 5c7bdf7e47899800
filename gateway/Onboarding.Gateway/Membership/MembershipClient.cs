using Onboarding.Gateway.Services;

namespace Onboarding.Gateway.Membership;

/// <summary>
/// The membership service's STEP 1 API, called server-side by the STEP 1 pages. Every request carries the language
/// the UI is showing as <c>Accept-Language</c>, so the service's messages come back in the member's language.
/// Answers are never thrown: a page gets the value or a <see cref="ServiceProblem"/> to show.
/// </summary>
public sealed class MembershipClient(HttpClient http, ILogger<MembershipClient> logger)
{
    private readonly ServiceApi _api = new(http, logger, "Membership");

    public Task<ServiceResult<LookupCreated>> CreateLookupAsync(string? memberNumber, string? birthDate, CancellationToken cancellationToken) =>
        _api.SendAsync<LookupCreated>(HttpMethod.Post, "/api/membership/lookups", new { memberNumber, birthDate }, cancellationToken);

    public Task<ServiceResult<PasscodeSent>> SendPasscodeAsync(Guid lookupId, PasscodeTarget target, CancellationToken cancellationToken)
    {
        object body = target switch
        {
            PasscodeTarget.NewAddress address => new { target = "new", email = address.Email, emailConfirmation = address.EmailConfirmation },
            _ => new { target = "registered" },
        };
        return _api.SendAsync<PasscodeSent>(HttpMethod.Post, $"/api/membership/lookups/{lookupId}/passcode", body, cancellationToken);
    }

    public Task<ServiceResult<PasscodeChallenge>> GetChallengeAsync(Guid challengeId, CancellationToken cancellationToken) =>
        _api.SendAsync<PasscodeChallenge>(HttpMethod.Get, $"/api/membership/passcode-challenges/{challengeId}", null, cancellationToken);

    public Task<ServiceResult<PasscodeSent>> ResendPasscodeAsync(Guid challengeId, CancellationToken cancellationToken) =>
        _api.SendAsync<PasscodeSent>(HttpMethod.Post, $"/api/membership/passcode-challenges/{challengeId}/resend", null, cancellationToken);

    public Task<ServiceResult<EmailConfirmed>> VerifyPasscodeAsync(Guid challengeId, string? passcode, CancellationToken cancellationToken) =>
        _api.SendAsync<EmailConfirmed>(HttpMethod.Post, $"/api/membership/passcode-challenges/{challengeId}/verification", new { passcode }, cancellationToken);

    /// <summary>Progress of the member a lookup found (no credential: the lookup itself is the proof of identity).</summary>
    public Task<ServiceResult<LookupOnboarding>> GetLookupProgressAsync(Guid lookupId, CancellationToken cancellationToken) =>
        _api.SendAsync<LookupOnboarding>(HttpMethod.Get, $"/api/membership/lookups/{lookupId}/onboarding", null, cancellationToken);

    /// <summary>The member's own progress, asked with their access token (STEP 3's mypage shows 登録完了 from it).</summary>
    public Task<ServiceResult<OnboardingProgress>> GetProgressAsync(string memberId, string accessToken, CancellationToken cancellationToken) =>
        _api.SendAsync<OnboardingProgress>(HttpMethod.Get, $"/api/membership/onboarding/{Uri.EscapeDataString(memberId)}", null, cancellationToken, bearerToken: accessToken);
}

/// <summary>Registers <see cref="MembershipClient"/>.</summary>
public static class MembershipClientRegistration
{
    public const string HttpClientName = "membership";

    /// <summary>Overrides the service-discovery address <c>http://membership</c>, e.g. to point a test at a fake.</summary>
    public const string BaseAddressKey = "Services:Membership";

    public const string DefaultBaseAddress = "http://membership";

    public static IHostApplicationBuilder AddMembershipClient(this IHostApplicationBuilder builder) =>
        builder.AddServiceApiClient<MembershipClient>(HttpClientName, BaseAddressKey, DefaultBaseAddress);
}
