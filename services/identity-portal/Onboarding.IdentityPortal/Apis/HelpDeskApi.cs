using Microsoft.AspNetCore.Http.HttpResults;
using Onboarding.IdentityPortal.Domain;
using Onboarding.IdentityPortal.HelpDesk;
using Onboarding.ServiceDefaults.HelpDesk;
using Onboarding.ServiceDefaults.OpenApi;

namespace Onboarding.IdentityPortal.Apis;

/// <summary>
/// The operator console's help desk (docs/architecture.md §9.9), on identity-portal's operator API: a member's
/// timeline, the account summary once staff opened the member, and finding members by phone number. Operators only
/// (the group needs the operator key); members never reach it (the gateway refuses every operator path).
/// </summary>
public static class HelpDeskApi
{
    public sealed record PhoneSearchRequest(string? Phone);

    public sealed record PhoneSearchResponse(IReadOnlyList<Guid> MemberIds, bool Truncated);

    public static RouteGroupBuilder MapHelpDeskApi(this RouteGroupBuilder operatorApi)
    {
        operatorApi.MapGet("/members/{memberId:guid}/timeline", Timeline)
            .WithSummary("A member's sign-ups, account, sign-ins, resets, changes and deletion, oldest first, masked (empty for an unknown member)");
        operatorApi.MapGet("/members/{memberId:guid}", Summary)
            .WithSummary("A member's portal account in full (address, phone, name), password sign-in's lock-out and the latest sign-up")
            .ProducesProblems((404, "member_not_found: no account, sign-up or deletion for this member"));
        // A POST so that the number stays out of URLs and access logs.
        operatorApi.MapPost("/member-searches/by-phone", FindByPhone)
            .WithSummary("Members whose account (or verified sign-up) phone is this number or ends with these 4-11 digits, newest first, at most 20")
            .ProducesProblems(DocumentedProblems.ValidationFailed);
        return operatorApi;
    }

    public static async Task<Ok<MemberTimeline>> Timeline(Guid memberId, MemberTimelineReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.ReadAsync(memberId, ct));

    public static async Task<Results<Ok<MemberAccountSummaryReader.Summary>, ProblemHttpResult>> Summary(
        Guid memberId, HttpContext http, MemberAccountSummaryReader reader, CancellationToken ct) =>
        await reader.ReadAsync(memberId, ct) is { } summary
            ? TypedResults.Ok(summary)
            : Problems.Of(http, StatusCodes.Status404NotFound, "member_not_found");

    public static async Task<Results<Ok<PhoneSearchResponse>, ProblemHttpResult>> FindByPhone(
        PhoneSearchRequest request, HttpContext http, MemberPhoneSearch search, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Phone))
        {
            return Problems.Validation(http, new Dictionary<string, string> { ["phone"] = "phone.required" });
        }
        if (PhoneSearchTerm.Parse(request.Phone) is not { } term)
        {
            return Problems.Validation(http, new Dictionary<string, string> { ["phone"] = "phone.format" });
        }
        var found = await search.FindAsync(term, ct);
        return TypedResults.Ok(new PhoneSearchResponse(found.MemberIds, found.Truncated));
    }
}
