using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.Membership.Domain;
using Onboarding.Messaging.Inbox;
using Onboarding.Messaging.Retention;
using Onboarding.Testing;

namespace Onboarding.Membership.Tests;

/// <summary>
/// One retention pass over rows seeded on both sides of each rule: exactly the rows no flow, lock-out or rate limit
/// needs any more are deleted (docs/architecture.md, Retention).
/// </summary>
[Collection(MembershipCollection.Name)]
public sealed class RetentionTests(MembershipApiFactory factory) : IClassFixture<MembershipApiFactory>
{
    [Fact]
    public async Task One_pass_deletes_expired_lookups_codes_past_the_daily_cap_idle_budgets_and_old_inbox_rows_and_keeps_the_rest()
    {
        var now = factory.Clock.GetUtcNow();
        var memberId = await MemberAsync();
        Lookup LookupExpiring(TimeSpan fromNow) =>
            new() { Id = Guid.NewGuid(), MemberId = memberId, CreatedAt = now + fromNow - Lookup.Lifetime, ExpiresAt = now + fromNow };
        PasscodeChallenge CodeSent(TimeSpan ago) =>
            PasscodeChallenge.Issue(memberId, Guid.NewGuid(), "retention@example.jp", PasscodeTarget.Registered, [1], Guid.NewGuid(), now - ago);

        var lookups = new RetentionCase<Lookup, Guid>("lookups", l => l.Id)
            .Deleted(LookupExpiring(TimeSpan.FromMinutes(-16))) // expired more than 15 minutes ago
            .Kept(LookupExpiring(TimeSpan.FromMinutes(-14)))    // expired, but a stale tab still hears "expired"
            .Kept(LookupExpiring(TimeSpan.FromMinutes(10)));    // live
        var codes = new RetentionCase<PasscodeChallenge, Guid>("passcode_challenges", c => c.Id)
            .Deleted(CodeSent(TimeSpan.FromHours(25)))
            .Kept(CodeSent(TimeSpan.FromHours(23)))   // expired, but still counts towards the daily cap
            .Kept(CodeSent(TimeSpan.FromMinutes(1))); // live
        var numberBudgets = new RetentionCase<LookupAttemptBudget, string>("lookup_attempt_budgets", b => b.MemberNumber)
            .Deleted(NumberBudget(now, failures: 0, lastFailureAgo: TimeSpan.Zero))        // counts nothing
            .Deleted(NumberBudget(now, failures: 3, lastFailureAgo: TimeSpan.FromDays(8))) // a quiet week: forgotten
            .Kept(NumberBudget(now, failures: 3, lastFailureAgo: TimeSpan.FromDays(6)))    // still counting
            .Kept(NumberBudget(now, failures: 5, lastFailureAgo: TimeSpan.FromMinutes(5))); // locked now
        var clientBudgets = new RetentionCase<LookupClientBudget, string>("lookup_client_budgets", b => b.ClientKey)
            .Deleted(ClientBudget(now, failures: 0, windowStartedAgo: TimeSpan.Zero))            // counts nothing
            .Deleted(ClientBudget(now, failures: 2, windowStartedAgo: TimeSpan.FromMinutes(61))) // window (1 h) ended
            .Kept(ClientBudget(now, failures: 2, windowStartedAgo: TimeSpan.FromMinutes(59)));   // window still open
        var inbox = RetentionCases.Inbox(now);
        await factory.WithDbAsync(db =>
        {
            db.AddRange(lookups.Rows);
            db.AddRange(codes.Rows);
            db.AddRange(numberBudgets.Rows);
            db.AddRange(clientBudgets.Rows);
            db.AddRange(inbox.Rows);
            return db.SaveChangesAsync();
        });

        var pruned = await factory.Services.GetRequiredService<RetentionPass>().RunAsync(CancellationToken.None);

        lookups.AssertAfterPass(pruned, await factory.WithDbAsync(db => db.Lookups.Select(l => l.Id).ToListAsync()));
        codes.AssertAfterPass(pruned, await factory.WithDbAsync(db => db.PasscodeChallenges.Select(c => c.Id).ToListAsync()));
        numberBudgets.AssertAfterPass(pruned, await factory.WithDbAsync(db => db.LookupAttemptBudgets.Select(b => b.MemberNumber).ToListAsync()));
        clientBudgets.AssertAfterPass(pruned, await factory.WithDbAsync(db => db.LookupClientBudgets.Select(b => b.ClientKey).ToListAsync()));
        inbox.AssertAfterPass(pruned, await factory.WithDbAsync(db => db.Set<InboxMessage>().Select(m => m.MessageId).ToListAsync()));
    }

    private static LookupAttemptBudget NumberBudget(DateTimeOffset now, int failures, TimeSpan lastFailureAgo)
    {
        var budget = new LookupAttemptBudget { MemberNumber = $"7{Random.Shared.NextInt64(10_000_000_000, 99_999_999_999)}" };
        budget.RecordSuccess(now - lastFailureAgo);
        for (var i = 0; i < failures; i++) budget.RecordFailure(now - lastFailureAgo);
        return budget;
    }

    private static LookupClientBudget ClientBudget(DateTimeOffset now, int failures, TimeSpan windowStartedAgo)
    {
        var budget = new LookupClientBudget { ClientKey = $"test-{Guid.NewGuid():N}" };
        var limit = new LookupClientLimit(20, TimeSpan.FromHours(1));
        for (var i = 0; i < failures; i++) budget.RecordFailure(limit, now - windowStartedAgo);
        return budget;
    }

    private async Task<Guid> MemberAsync()
    {
        var number = $"6{Random.Shared.NextInt64(10_000_000_000, 99_999_999_999)}";
        await factory.AddMemberAsync(number, new DateOnly(2004, 4, 1), "retention@example.jp");
        return await factory.WithDbAsync(db => db.Members.Where(m => m.MemberNumber == number).Select(m => m.Id).SingleAsync());
    }
}
