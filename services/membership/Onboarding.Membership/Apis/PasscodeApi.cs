using Onboarding.ServiceDefaults.OpenApi;
using Onboarding.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Onboarding.Contracts;
using Onboarding.Contracts.Commands;
using Onboarding.Contracts.Events;
using Onboarding.Membership.Application;
using Onboarding.Membership.Domain;
using Onboarding.Membership.Infrastructure;
using Onboarding.Messaging.Outbox;

namespace Onboarding.Membership.Apis;

/// <summary>STEP 1, screens 2–3: send a passcode to the registered or a new address, then confirm it.</summary>
public static class PasscodeApi
{
    public static IEndpointRouteBuilder MapPasscodeApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/membership/lookups/{lookupId:guid}/passcode", SendPasscode)
            .WithSummary("STEP 1: mail a 6-digit passcode to the registered or a new address")
            .ProducesProblems(DocumentedProblems.ValidationFailed, (404, "lookup_not_found"), (409, "no_registered_email"), (410, "lookup_expired"),
                (429, "resend_too_soon / daily_limit_reached (retryAfterSeconds)"));
        app.MapGet("/api/membership/passcode-challenges/{challengeId:guid}", GetChallenge)
            .WithSummary("STEP 1: the state of a passcode challenge").ProducesProblems((404, "challenge_not_found"));
        app.MapPost("/api/membership/passcode-challenges/{challengeId:guid}/resend", ResendPasscode)
            .WithSummary("STEP 1: mail a new passcode (the previous one stops working)")
            .ProducesProblems((404, "challenge_not_found / lookup_not_found"), (409, "no_registered_email"), (410, "lookup_expired"),
                (429, "resend_too_soon / daily_limit_reached (retryAfterSeconds)"));
        app.MapPost("/api/membership/passcode-challenges/{challengeId:guid}/verification", VerifyPasscode)
            .WithSummary("STEP 1: confirm the address with the passcode")
            .ProducesProblems(DocumentedProblems.ValidationFailed, (400, "invalid_passcode (attemptsRemaining)"), (404, "challenge_not_found"),
                (410, "passcode_locked / passcode_expired / passcode_used / passcode_superseded"));
        return app;
    }

    public sealed record PasscodeRequest(string? Target, string? Email, string? EmailConfirmation);

    public sealed record PasscodeSent(Guid ChallengeId, string SentTo, DateTimeOffset ExpiresAt, DateTimeOffset ResendAvailableAt);

    public sealed record ChallengeView(Guid ChallengeId, Guid LookupId, string SentTo, string Target, string Status,
        DateTimeOffset ExpiresAt, DateTimeOffset ResendAvailableAt, int AttemptsRemaining);

    public sealed record VerificationRequest(string? Passcode);

    /// <param name="Coop">The member's co-op as the roster names it, so the gateway keeps naming whom to contact after STEP 1.</param>
    public sealed record EmailConfirmed(string Email, DateTimeOffset ConfirmedAt, string Coop);

    public static async Task<Results<Accepted<PasscodeSent>, ProblemHttpResult>> SendPasscode(
        Guid lookupId, PasscodeRequest request, HttpContext http, PasscodeSender sender, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        PasscodeTarget target;
        string? email = null;
        switch (request.Target)
        {
            case "registered":
                target = PasscodeTarget.Registered;
                break;
            case "new":
                target = PasscodeTarget.New;
                email = EmailAddress.Normalize(request.Email);
                if (string.IsNullOrWhiteSpace(request.Email)) errors["email"] = "email.required";
                else if (email is null) errors["email"] = "email.invalid";
                if (string.IsNullOrWhiteSpace(request.EmailConfirmation)) errors["emailConfirmation"] = "emailConfirmation.required";
                else if (email is not null && EmailAddress.Normalize(request.EmailConfirmation) != email) errors["emailConfirmation"] = "emailConfirmation.mismatch";
                break;
            default:
                target = default;
                errors["target"] = "target.invalid";
                break;
        }
        if (errors.Count > 0) return Problems.Validation(http, errors);

        return await sender.SendAsync(lookupId, target, email, replacing: null, http, cancellationToken);
    }

    /// <summary>The code page's "send again": a new code to the same address, under the same limits.</summary>
    public static async Task<Results<Accepted<PasscodeSent>, ProblemHttpResult>> ResendPasscode(
        Guid challengeId, HttpContext http, MembershipDbContext db, PasscodeSender sender, CancellationToken cancellationToken)
    {
        var previous = await db.PasscodeChallenges.AsNoTracking().SingleOrDefaultAsync(c => c.Id == challengeId, cancellationToken);
        if (previous is null) return Problems.Of(http, StatusCodes.Status404NotFound, "challenge_not_found");
        var email = previous.Target == PasscodeTarget.New ? previous.Email : null;
        return await sender.SendAsync(previous.LookupId, previous.Target, email, replacing: previous.Id, http, cancellationToken);
    }

    public static async Task<Results<Ok<ChallengeView>, ProblemHttpResult>> GetChallenge(
        Guid challengeId, HttpContext http, MembershipDbContext db, CancellationToken cancellationToken)
    {
        var challenge = await db.PasscodeChallenges.AsNoTracking().SingleOrDefaultAsync(c => c.Id == challengeId, cancellationToken);
        if (challenge is null) return Problems.Of(http, StatusCodes.Status404NotFound, "challenge_not_found");
        return TypedResults.Ok(new ChallengeView(challenge.Id, challenge.LookupId, Masking.MaskEmail(challenge.Email),
            challenge.Target.ToString().ToLowerInvariant(), challenge.Status.ToString().ToLowerInvariant(),
            challenge.ExpiresAt, challenge.ResendAvailableAt, challenge.AttemptsRemaining));
    }

    public static async Task<Results<Ok<EmailConfirmed>, ProblemHttpResult>> VerifyPasscode(
        Guid challengeId, VerificationRequest request, HttpContext http, MembershipDbContext db, PasscodeHasher hasher,
        TimeProvider clock, MembershipMetrics metrics, OnboardingProgressRecorder progress, CancellationToken cancellationToken)
    {
        var passcode = Passcode.Normalize(request.Passcode);
        if (string.IsNullOrWhiteSpace(request.Passcode)) return Problems.Validation(http, new Dictionary<string, string> { ["passcode"] = "passcode.required" });
        if (passcode is null) return Problems.Validation(http, new Dictionary<string, string> { ["passcode"] = "passcode.format" });

        var culture = MemberCulture.Of(http.Request);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var challenge = await db.PasscodeChallenges
                .FromSql($"SELECT * FROM passcode_challenges WHERE id = {challengeId} FOR UPDATE")
                .SingleOrDefaultAsync(ct);
            if (challenge is null) return Problems.Of(http, StatusCodes.Status404NotFound, "challenge_not_found");

            var now = clock.GetUtcNow();
            if (challenge.IsRepeatOfConfirmation(hash => hasher.Matches(challengeId, passcode, hash), now)
                && !await db.PasscodeChallenges.AnyAsync(c => c.MemberId == challenge.MemberId && c.CreatedAt > challenge.CreatedAt, ct))
            {
                // The first press confirmed the address but its answer was lost: answer it again, change nothing.
                var coop = await db.Members.Where(m => m.Id == challenge.MemberId).Select(m => m.Coop).SingleAsync(ct);
                metrics.PasscodeVerificationRepeated();
                return (Results<Ok<EmailConfirmed>, ProblemHttpResult>)TypedResults.Ok(new EmailConfirmed(challenge.Email, challenge.ConfirmedAt!.Value, coop));
            }
            var check = challenge.Verify(hash => hasher.Matches(challengeId, passcode, hash), now);
            if (check != PasscodeCheck.Confirmed)
            {
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                metrics.PasscodeRejected(check);
                return check switch
                {
                    PasscodeCheck.Wrong => Problems.Of(http, StatusCodes.Status400BadRequest, "invalid_passcode", attemptsRemaining: challenge.AttemptsRemaining),
                    PasscodeCheck.Locked => Problems.Of(http, StatusCodes.Status410Gone, "passcode_locked", attemptsRemaining: 0),
                    PasscodeCheck.Expired => Problems.Of(http, StatusCodes.Status410Gone, "passcode_expired"),
                    PasscodeCheck.AlreadyUsed => Problems.Of(http, StatusCodes.Status410Gone, "passcode_used"),
                    _ => Problems.Of(http, StatusCodes.Status410Gone, "passcode_superseded"),
                };
            }

            var member = await db.Members.SingleAsync(m => m.Id == challenge.MemberId, ct);
            var replaced = member.ConfirmEmail(challenge.Email, now);
            db.PublishThroughOutbox(new MemberEmailConfirmed(member.Id, member.MemberNumber, challenge.Email,
                challenge.Target == PasscodeTarget.New ? EmailConfirmationKind.NewAddress : EmailConfirmationKind.RegisteredAddress, now), clock);
            if (replaced is not null)
            {
                db.SendThroughOutbox(QueueNames.Notification,
                    new SendEmailReplacedNotice(member.Id, replaced, Masking.MaskEmail(challenge.Email), now, culture), clock);
            }
            // STEP 1 is recorded here, where it happens, rather than by consuming our own event.
            await progress.RecordAsync(member.Id, p => p.RecordEmailConfirmed(now, now), ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            metrics.PasscodeVerified();
            return (Results<Ok<EmailConfirmed>, ProblemHttpResult>)TypedResults.Ok(new EmailConfirmed(challenge.Email, now, member.Coop));
        }, cancellationToken);
    }
}
