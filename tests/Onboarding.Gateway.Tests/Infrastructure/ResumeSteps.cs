namespace Onboarding.Gateway.Tests.Infrastructure;

/// <summary>続きから再開する, posted the way a browser without JavaScript would.</summary>
public static class ResumeSteps
{
    public static Task<HttpResponseMessage> ResumeAsync(HttpClient client, string memberNumber = FakeMembership.Member1, string? birthDate = FakeMembership.Member1BirthDate) =>
        HtmlForms.PostFormAsync(client, "/resume", "/resume", Step1Steps.LookupForm(memberNumber, birthDate));
}
