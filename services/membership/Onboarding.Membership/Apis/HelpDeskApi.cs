using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Onboarding.Membership.Application;
using Onboarding.Membership.Domain;
using Onboarding.Membership.Infrastructure;
using Onboarding.ServiceDefaults.HelpDesk;
using Onboarding.ServiceDefaults.OpenApi;

namespace Onboarding.Membership.Apis;

/// <summary>
/// What the operator console's help desk reads from membership (docs/architecture.md §9.9): a search whose results
/// are masked, a member opened in full, and their timeline. Operator credential only; the console audits every
/// opening before it shows anything. The search is a POST so that a name or an address never sits in a URL or an
/// access log.
/// </summary>
public static class HelpDeskApi
{
    public static RouteGroupBuilder MapHelpDeskApi(this RouteGroupBuilder operatorApi)
    {
        operatorApi.MapPost("/member-searches", Search)
            .WithSummary("Find members by part of the member number, the name or kana, or the e-mail address (results masked)")
            .ProducesProblems(DocumentedProblems.ValidationFailed);
        operatorApi.MapGet("/members/{memberId}", Open)
            .WithSummary("One member in full: roster data, stage, steps and the lookup lock-out of their number")
            .ProducesProblems(DocumentedProblems.ValidationFailed, (404, "member_not_on_roster"));
        operatorApi.MapPost("/members/{memberId}/passcode-resend", ResendPasscode)
            .WithSummary("Mail the member a new STEP 1 passcode in place of their pending one (the member's own resend, same limits)")
            .ProducesProblems(DocumentedProblems.ValidationFailed, (404, "member_not_on_roster / no_pending_passcode"),
                (410, "lookup_expired"), (429, "resend_too_soon / daily_limit_reached"));
        operatorApi.MapGet("/members/{memberId}/timeline", Timeline)
            .WithSummary("What happened to one member in membership, oldest first")
            .ProducesProblems(DocumentedProblems.ValidationFailed, (404, "member_not_on_roster"));
        return operatorApi;
    }

    /// <param name="Kind"><c>number</c>, <c>name</c> (kanji or kana) or <c>email</c>; or <c>ids</c> with
    /// <paramref name="MemberIds"/> (the members another service found, e.g. identity-portal by phone).</param>
    public sealed record SearchRequest(string? Kind, string? Query, Guid[]? MemberIds);

    public static async Task<Results<Ok<MemberSearchResults>, ProblemHttpResult>> Search(
        SearchRequest request, HttpContext http, MemberSearch search, CancellationToken cancellationToken)
    {
        if (request.Kind == "ids")
        {
            return request.MemberIds is { Length: > 0 and <= MemberSearchQuery.MaxResults } ids
                ? TypedResults.Ok(await search.FindAsync(ids, cancellationToken))
                : Problems.Validation(http, new Dictionary<string, string> { ["memberIds"] = "memberIds.count" });
        }
        var (query, error) = MemberSearchQuery.Parse(request.Kind, request.Query);
        if (query is null) return Problems.Validation(http, new Dictionary<string, string> { [error!.StartsWith("kind", StringComparison.Ordinal) ? "kind" : "query"] = error });
        return TypedResults.Ok(await search.FindAsync(query, cancellationToken));
    }

    /// <param name="LookupLockout">The lookup failures of the member's number (null when it has none).</param>
    public sealed record MemberDetail(
        Guid Id, string MemberNumber, string FamilyName, string GivenName, string? FamilyNameKana, string? GivenNameKana,
        DateOnly BirthDate, string Coop, string? Email, DateTimeOffset? EmailConfirmedAt, DateTimeOffset? FirstIdentifiedAt,
        string Stage, DateTimeOffset? PortalAccountCreatedAt, DateTimeOffset? WalletLinkedAt, DateTimeOffset? WalletUnlinkedAt,
        DateTimeOffset? CompletedAt, LookupLockout? LookupLockout);

    public sealed record LookupLockout(int FailedAttempts, int Lockouts, DateTimeOffset? LockedUntil, bool Locked);

    public static async Task<Results<Ok<MemberDetail>, ProblemHttpResult>> Open(
        string memberId, HttpContext http, MembershipDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (member, problem) = await FindAsync(memberId, http, db, cancellationToken);
        if (member is null) return problem!;

        var progress = await db.OnboardingProgress.AsNoTracking().SingleOrDefaultAsync(p => p.MemberId == member.Id, cancellationToken);
        var budget = await db.LookupAttemptBudgets.AsNoTracking().SingleOrDefaultAsync(b => b.MemberNumber == member.MemberNumber, cancellationToken);
        var stages = await MemberStages.OfAsync(db, [member.Id], cancellationToken);
        var now = clock.GetUtcNow();
        return TypedResults.Ok(new MemberDetail(member.Id, member.MemberNumber, member.FamilyName, member.GivenName,
            member.FamilyNameKana, member.GivenNameKana, member.BirthDate, member.Coop, member.RegisteredEmail, member.EmailConfirmedAt,
            member.FirstIdentifiedAt, stages.GetValueOrDefault(member.Id, "not_started"), progress?.PortalAccountCreatedAt,
            progress?.WalletLinkedAt, progress?.WalletUnlinkedAt, progress?.CompletedAt,
            budget is { FailedAttempts: > 0 } or { Lockouts: > 0 } or { LockedUntil: not null }
                ? new LookupLockout(budget.FailedAttempts, budget.Lockouts, budget.LockedUntil, budget.IsLocked(now))
                : null));
    }

    public static async Task<Results<Ok<MemberTimeline>, ProblemHttpResult>> Timeline(
        string memberId, HttpContext http, MembershipDbContext db, MemberTimelineReader timeline, CancellationToken cancellationToken)
    {
        var (member, problem) = await FindAsync(memberId, http, db, cancellationToken);
        if (member is null) return problem!;
        return TypedResults.Ok(await timeline.ReadAsync(member, cancellationToken));
    }

    /// <summary>
    /// The help desk's "resend the code" for a member on the phone: their pending STEP 1 code replaced by a new one
    /// exactly as the code page's "send again" would (cooldown, daily cap, the older code voided), in the language the
    /// console asks in. The new mail links to the new code's page; the old code stops working.
    /// </summary>
    public static async Task<Results<Accepted<PasscodeApi.PasscodeSent>, ProblemHttpResult>> ResendPasscode(
        string memberId, HttpContext http, MembershipDbContext db, PasscodeSender sender, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (member, problem) = await FindAsync(memberId, http, db, cancellationToken);
        if (member is null) return problem!;
        var now = clock.GetUtcNow();
        var pending = await db.PasscodeChallenges.AsNoTracking()
            .Where(c => c.MemberId == member.Id && c.Status == PasscodeStatus.Pending && c.ExpiresAt > now)
            .OrderByDescending(c => c.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        if (pending is null) return Problems.Of(http, StatusCodes.Status404NotFound, "no_pending_passcode");
        var email = pending.Target == PasscodeTarget.New ? pending.Email : null;
        return await sender.SendAsync(pending.LookupId, pending.Target, email, replacing: pending.Id, http, cancellationToken);
    }

    private static async Task<(Member? Member, ProblemHttpResult? Problem)> FindAsync(
        string memberId, HttpContext http, MembershipDbContext db, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(memberId, out var id)) return (null, Problems.Validation(http, new Dictionary<string, string> { ["memberId"] = "memberId.format" }));
        var member = await db.Members.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        return member is null ? (null, Problems.Of(http, StatusCodes.Status404NotFound, "member_not_on_roster")) : (member, null);
    }
}
