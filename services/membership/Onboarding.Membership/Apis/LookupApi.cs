using Onboarding.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Onboarding.Membership.Application;
using Onboarding.Membership.Domain;
using Onboarding.Membership.Infrastructure;

namespace Onboarding.Membership.Apis;

/// <summary>STEP 1, screen 1: the member number and birth date from the notice → the masked name.</summary>
public static class LookupApi
{
    public static IEndpointRouteBuilder MapLookupApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/membership/lookups", CreateLookup)
            .WithSummary("STEP 1: the member number and birth date from the notice → the masked name")
            .ProducesProblems(DocumentedProblems.ValidationFailed, (404, "member_not_found (attemptsRemaining): no such member, or another birth date"),
                (429, "too_many_attempts (retryAfterSeconds): the number or this client is locked for a while"));
        return app;
    }

    public sealed record LookupRequest(string? MemberNumber, string? BirthDate);

    /// <param name="Coop">
    /// The member's co-op as the roster names it, so the gateway can show whom to contact (its co-op directory is keyed
    /// by this value). Given only once number and birth date matched, like the masked name.
    /// </param>
    public sealed record LookupCreated(Guid LookupId, string MaskedName, string? MaskedRegisteredEmail, DateTimeOffset ExpiresAt, string Coop);

    /// <summary>
    /// An unknown number and a wrong birth date get the same 404, body and attempt count, after the same database
    /// work (the attempt budget is kept for any well-formed number), so the answer does not reveal who is a member.
    /// A client past its own budget of failures (<see cref="LookupClientBudget"/>) gets the same 429 as a locked
    /// number, before any member is read, whatever number it sends.
    /// </summary>
    public static async Task<Results<Created<LookupCreated>, ProblemHttpResult>> CreateLookup(
        LookupRequest request, HttpContext http, MembershipDbContext db, TimeProvider clock, MembershipMetrics metrics,
        IOptions<MembershipOptions> options, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        var memberNumber = MemberNumber.Parse(request.MemberNumber);
        if (string.IsNullOrWhiteSpace(request.MemberNumber)) errors["memberNumber"] = "memberNumber.required";
        else if (memberNumber is null) errors["memberNumber"] = "memberNumber.format";
        var birthDate = BirthDate.Parse(request.BirthDate, clock);
        if (string.IsNullOrWhiteSpace(request.BirthDate)) errors["birthDate"] = "birthDate.required";
        else if (birthDate is null) errors["birthDate"] = "birthDate.invalid";
        if (errors.Count > 0) return Problems.Validation(http, errors);

        var clientLimit = new LookupClientLimit(options.Value.ClientLookupFailures, options.Value.ClientLookupWindow);
        var clientKey = LookupClientKey.For(http.Connection.RemoteIpAddress);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var now = clock.GetUtcNow();
            // Always the client's row first, then the number's: one lock order, so parallel lookups never deadlock.
            var client = await LockClientBudgetAsync(db, clientKey, now, ct);
            if (client.IsExhausted(clientLimit, now))
            {
                metrics.LookupRejected("client_locked");
                return TooManyAttempts(http, client.RetryAfter(clientLimit, now));
            }

            var budget = await LockBudgetAsync(db, memberNumber!, now, ct);
            if (budget.IsLocked(now))
            {
                metrics.LookupRejected("locked");
                return TooManyAttempts(http, budget.RetryAfter(now));
            }

            var member = await db.Members.SingleOrDefaultAsync(m => m.MemberNumber == memberNumber, ct);
            if (member is null || member.BirthDate != birthDate)
            {
                budget.RecordFailure(now);
                var clientLockedOut = client.RecordFailure(clientLimit, now);
                // This failure locked the number (it was not locked above). A member's lock-out stays in their
                // help-desk timeline after the budget resets.
                if (member is not null && budget.IsLocked(now))
                {
                    db.LookupLockouts.Add(LookupLockoutRecord.Of(member.Id, budget, now));
                }
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                metrics.LookupFailed();
                if (clientLockedOut) metrics.ClientLockout();
                if (budget.IsLocked(now))
                {
                    metrics.Lockout();
                    return TooManyAttempts(http, budget.RetryAfter(now));
                }
                metrics.LookupRejected("not_found");
                return Problems.Of(http, StatusCodes.Status404NotFound, "member_not_found", attemptsRemaining: budget.AttemptsRemaining);
            }

            budget.RecordSuccess(now);
            member.RecordIdentified(now); // saved in the same round trip as the lookup, and only the first time
            var lookup = Lookup.Start(member.Id, now);
            db.Lookups.Add(lookup);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            metrics.LookupSucceeded();

            var maskedEmail = member.RegisteredEmail is { } email ? Masking.MaskEmail(email) : null;
            return (Results<Created<LookupCreated>, ProblemHttpResult>)TypedResults.Created(
                (string?)null, new LookupCreated(lookup.Id, member.MaskedName, maskedEmail, lookup.ExpiresAt, member.Coop));
        }, cancellationToken);
    }

    /// <summary>A locked number and a client past its budget look alike: the member can only wait (or call the help desk).</summary>
    private static ProblemHttpResult TooManyAttempts(HttpContext http, TimeSpan retryAfter) =>
        Problems.Of(http, StatusCodes.Status429TooManyRequests, "too_many_attempts", attemptsRemaining: 0, retryAfter: retryAfter);

    // Each budget is created if new and locked for this transaction in one statement (one round trip): ON CONFLICT
    // DO UPDATE locks the row it meets as SELECT … FOR UPDATE would (waiting for a transaction that holds it), the
    // update changes nothing, and RETURNING gives the row either way. With one client address every lookup queues on
    // the client's row, so each round trip taken while it is locked costs every lookup behind it; the former insert
    // then SELECT … FOR UPDATE took two (docs/benchmarks.md, "Ceilings"). The retention pass deleting the row between
    // the insert and the lock can no longer strand the lookup: when the row it waited for is gone, PostgreSQL retries
    // the insert itself, so the statement always returns one row.

    /// <summary>The client's failure budget, created if new, locked for this transaction so parallel tries count.</summary>
    private static async Task<LookupClientBudget> LockClientBudgetAsync(MembershipDbContext db, string clientKey, DateTimeOffset now, CancellationToken ct)
    {
        var rows = await db.LookupClientBudgets.FromSql($"""
            INSERT INTO lookup_client_budgets (client_key, failed_attempts, window_started_at, updated_at)
            VALUES ({clientKey}, 0, {now}, {now})
            ON CONFLICT (client_key) DO UPDATE SET updated_at = lookup_client_budgets.updated_at
            RETURNING *
            """).ToListAsync(ct); // not composable (an INSERT): no SingleAsync, which would wrap it in a SELECT
        return rows.Single();
    }

    /// <summary>The number's attempt budget, created if new, locked for this transaction so parallel tries count.</summary>
    private static async Task<LookupAttemptBudget> LockBudgetAsync(MembershipDbContext db, string memberNumber, DateTimeOffset now, CancellationToken ct)
    {
        var rows = await db.LookupAttemptBudgets.FromSql($"""
            INSERT INTO lookup_attempt_budgets (member_number, failed_attempts, lockouts, updated_at)
            VALUES ({memberNumber}, 0, 0, {now})
            ON CONFLICT (member_number) DO UPDATE SET updated_at = lookup_attempt_budgets.updated_at
            RETURNING *
            """).ToListAsync(ct);
        return rows.Single();
    }
}
