using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Onboarding.Gateway.Tests.Infrastructure;

/// <summary>The STEP 1 forms, posted the way a browser without JavaScript would.</summary>
public static partial class Step1Steps
{
    public static Dictionary<string, string> LookupForm(string memberNumber, string? birthDate)
    {
        var form = new Dictionary<string, string> { ["MemberNumber"] = memberNumber };
        if (birthDate is not null)
        {
            var date = DateOnly.ParseExact(birthDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            form["BirthYear"] = date.Year.ToString(CultureInfo.InvariantCulture);
            form["BirthMonth"] = date.Month.ToString(CultureInfo.InvariantCulture);
            form["BirthDay"] = date.Day.ToString(CultureInfo.InvariantCulture);
        }
        return form;
    }

    public static Task<HttpResponseMessage> LookUpAsync(HttpClient client, string memberNumber, string? birthDate) =>
        HtmlForms.PostFormAsync(client, "/step1", "/step1", LookupForm(memberNumber, birthDate));

    /// <summary>Looks the member up and goes on to the e-mail screen, as far as a working lookup cookie.</summary>
    public static async Task LookUpSuccessfullyAsync(HttpClient client, string memberNumber = FakeMembership.Member1, string birthDate = FakeMembership.Member1BirthDate)
    {
        var response = await LookUpAsync(client, memberNumber, birthDate);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/step1/confirm", response.Headers.Location?.OriginalString);
    }

    public static Task<HttpResponseMessage> SendToRegisteredAsync(HttpClient client) =>
        HtmlForms.PostFormAsync(client, "/step1/email", "/step1/email/registered");

    public static Task<HttpResponseMessage> SendToNewAsync(HttpClient client, string email, string confirmation) =>
        HtmlForms.PostFormAsync(client, "/step1/email", "/step1/email/new", new Dictionary<string, string>
        {
            ["Email"] = email,
            ["EmailConfirmation"] = confirmation,
        });

    /// <summary>The challenge id from a redirect to the passcode page.</summary>
    public static Guid ChallengeIdFrom(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var match = PasscodePagePath().Match(response.Headers.Location?.OriginalString ?? "");
        Assert.True(match.Success, $"Not a redirect to the passcode page: {response.Headers.Location}");
        return Guid.Parse(match.Groups["id"].Value);
    }

    /// <summary>Looks member 1 up and sends a code to the registered address: the passcode page's id.</summary>
    public static async Task<Guid> StartPasscodeAsync(HttpClient client)
    {
        await LookUpSuccessfullyAsync(client);
        return ChallengeIdFrom(await SendToRegisteredAsync(client));
    }

    public static Task<HttpResponseMessage> VerifyAsync(HttpClient client, Guid challengeId, string passcode) =>
        HtmlForms.PostFormAsync(client, $"/step1/passcode/{challengeId}", $"/step1/passcode/{challengeId}", new Dictionary<string, string>
        {
            ["Passcode"] = passcode,
        });

    public static Task<HttpResponseMessage> ResendAsync(HttpClient client, Guid challengeId) =>
        HtmlForms.PostFormAsync(client, $"/step1/passcode/{challengeId}", $"/step1/passcode/{challengeId}/resend");

    /// <summary>A redirect's target carries nothing a member could be identified by: only fixed paths and ids.</summary>
    public static void AssertNoPersonalData(HttpResponseMessage response, params string[] personal)
    {
        var location = response.Headers.Location?.OriginalString ?? "";
        Assert.DoesNotContain("?", location);
        foreach (var value in personal)
        {
            Assert.DoesNotContain(value, location, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(Uri.EscapeDataString(value), location, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Matches(SafePath(), location);
    }

    [GeneratedRegex("^/step1/passcode/(?<id>[0-9a-f-]{36})$")]
    private static partial Regex PasscodePagePath();

    [GeneratedRegex("^/(step1(/(confirm|email|done|passcode/[0-9a-f-]{36}))?)?$")]
    private static partial Regex SafePath();
}
