namespace Onboarding.Gateway.Pages.Step3;

/// <summary>The STEP 3 member session (<c>Gateway:Step3</c>).</summary>
public sealed class MemberSessionOptions
{
    public const string Section = "Gateway:Step3";

    /// <summary>
    /// How long a sign-in lasts, counted from the sign-in: renewing the access token does not extend it. The same as
    /// identity-portal's refresh-token lifetime (<c>Portal:Tokens:RefreshTokenLifetime</c>), which ends the tokens at
    /// the same time; here the member is told and asked to sign in again instead of meeting a refused refresh.
    /// </summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);
}
