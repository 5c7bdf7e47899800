using Onboarding.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Onboarding.Contracts;
using Onboarding.Contracts.Commands;
using Onboarding.Membership.Apis;
using Onboarding.Membership.Domain;
using Onboarding.Membership.Infrastructure;
using Onboarding.Messaging.Outbox;

namespace Onboarding.Membership.Application;

/// <summary>
/// Issues a passcode for a lookup under the limits of docs/architecture.md §6.2: resend after 60 s, at most 10 per member
/// per 24 h, a new code voids the old one. The mail command leaves through the outbox in the same transaction. A press
/// repeated inside the cooldown for the same lookup and address gets the code already sent (§6.2, repeated presses).
/// </summary>
public sealed class PasscodeSender(
    MembershipDbContext db, PasscodeHasher hasher, TimeProvider clock, IOptions<MembershipOptions> options, MembershipMetrics metrics)
{
    public const int DailyCap = 10;
    public static readonly TimeSpan CapWindow = TimeSpan.FromHours(24);

    /// <param name="replacing">The code the member asks to replace (the code page's "send again"); null for a first send.</param>
    public async Task<Results<Accepted<PasscodeApi.PasscodeSent>, ProblemHttpResult>> SendAsync(
        Guid lookupId, PasscodeTarget target, string? newEmail, Guid? replacing, HttpContext http, CancellationToken cancellationToken)
    {
        var culture = MemberCulture.Of(http.Request);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var now = clock.GetUtcNow();
            var lookup = await db.Lookups.SingleOrDefaultAsync(l => l.Id == lookupId, ct);
            if (lookup is null) return Problems.Of(http, StatusCodes.Status404NotFound, "lookup_not_found");
            if (lookup.IsExpired(now)) return Problems.Of(http, StatusCodes.Status410Gone, "lookup_expired");

            // One member's requests queue up here, so the cooldown and the daily cap hold under parallel clicks.
            var member = await db.Members.FromSql($"SELECT * FROM members WHERE id = {lookup.MemberId} FOR UPDATE").SingleAsync(ct);
            var email = target == PasscodeTarget.Registered ? member.RegisteredEmail : newEmail;
            if (email is null) return Problems.Of(http, StatusCodes.Status409Conflict, "no_registered_email");

            var recent = await db.PasscodeChallenges
                .Where(c => c.MemberId == member.Id && c.CreatedAt > now - CapWindow)
                .OrderBy(c => c.CreatedAt)
                .ToListAsync(ct);
            if (recent.Count > 0 && recent[^1].AnswersRepeatedSend(lookup.Id, target, email, replacing, now))
            {
                metrics.PasscodeSendRepeated();
                return Sent(recent[^1]);
            }
            if (recent.Count > 0 && recent[^1].ResendAvailableAt > now)
            {
                return Problems.Of(http, StatusCodes.Status429TooManyRequests, "resend_too_soon", retryAfter: recent[^1].ResendAvailableAt - now);
            }
            if (recent.Count >= DailyCap)
            {
                return Problems.Of(http, StatusCodes.Status429TooManyRequests, "daily_limit_reached", retryAfter: recent[^DailyCap].CreatedAt + CapWindow - now);
            }

            foreach (var older in recent) older.Void();
            var challengeId = Guid.CreateVersion7(now);
            var code = PasscodeHasher.NewCode();
            var challenge = PasscodeChallenge.Issue(member.Id, lookup.Id, email, target, hasher.Hash(challengeId, code), challengeId, now);
            db.PasscodeChallenges.Add(challenge);
            db.SendThroughOutbox(QueueNames.Notification,
                new SendPasscodeEmail(challenge.Id, email, code, CodePageUrl(challenge.Id), challenge.ExpiresAt, culture), clock);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            metrics.PasscodeSent(target);

            return Sent(challenge);
        }, cancellationToken);
    }

    private static Results<Accepted<PasscodeApi.PasscodeSent>, ProblemHttpResult> Sent(PasscodeChallenge challenge) =>
        TypedResults.Accepted((string?)null,
            new PasscodeApi.PasscodeSent(challenge.Id, Masking.MaskEmail(challenge.Email), challenge.ExpiresAt, challenge.ResendAvailableAt));

    /// <summary>The member UI's code page for this challenge; the mail links to it (no personal data in the URL).</summary>
    private Uri CodePageUrl(Guid challengeId) =>
        new(new Uri(options.Value.PublicBaseUrl.TrimEnd('/') + "/"), $"step1/passcode/{challengeId}");
}
