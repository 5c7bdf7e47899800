using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.Membership.Domain;
using Onboarding.Messaging.Inbox;
using Onboarding.Messaging.Retention;

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

        var lookups = new (Lookup Row, bool Kept)[]
        {
            (LookupExpiring(TimeSpan.FromMinutes(-16)), false), // expired more than 15 minutes ago
            (LookupExpiring(TimeSpan.FromMinutes(-14)), true),  // expired, but a stale tab still hears "expired"
            (LookupExpiring(TimeSpan.FromMinutes(10)), true),   // live
        };
        var codes = new (PasscodeChallenge Row, bool Kept)[]
        {
            (CodeSent(TimeSpan.FromHours(25)), false),
            (CodeSent(TimeSpan.FromHours(23)), true),  // expired, but still counts towards the daily cap
            (CodeSent(TimeSpan.FromMinutes(1)), true), // live
        };
        var numberBudgets = new (LookupAttemptBudget Row, bool Kept)[]
        {
            (NumberBudget(now, failures: 0, lastFailureAgo: TimeSpan.Zero), false),         // counts nothing
            (NumberBudget(now, failures: 3, lastFailureAgo: TimeSpan.FromDays(8)), false),  // a quiet week: forgotten
            (NumberBudget(now, failures: 3, lastFailureAgo: TimeSpan.FromDays(6)), true),   // still counting
            (NumberBudget(now, failures: 5, lastFailureAgo: TimeSpan.FromMinutes(5)), true), // locked now
        };
        var clientBudgets = new (LookupClientBudget Row, bool Kept)[]
        {
            (ClientBudget(now, failures: 0, windowStartedAgo: TimeSpan.Zero), false),           // counts nothing
            (ClientBudget(now, failures: 2, windowStartedAgo: TimeSpan.FromMinutes(61)), false), // window (1 h) ended
            (ClientBudget(now, failures: 2, windowStartedAgo: TimeSpan.FromMinutes(59)), true),  // window still open
        };
        var inbox = new (InboxMessage Row, bool Kept)[]
        {
            (new InboxMessage { MessageId = Guid.NewGuid(), Consumer = "retention", ProcessedAt = now - TimeSpan.FromDays(8) }, false),
            (new InboxMessage { MessageId = Guid.NewGuid(), Consumer = "retention", ProcessedAt = now - TimeSpan.FromDays(6) }, true),
        };
        await factory.WithDbAsync(db =>
        {
            db.AddRange(lookups.Select(r => r.Row));
            db.AddRange(codes.Select(r => r.Row));
            db.AddRange(numberBudgets.Select(r => r.Row));
            db.AddRange(clientBudgets.Select(r => r.Row));
            db.AddRange(inbox.Select(r => r.Row));
            return db.SaveChangesAsync();
        });

        var pruned = await factory.Services.GetRequiredService<RetentionPass>().RunAsync(CancellationToken.None);

        Assert.Equal(1, pruned["lookups"]);
        Assert.Equal(1, pruned["passcode_challenges"]);
        Assert.Equal(2, pruned["lookup_attempt_budgets"]);
        Assert.Equal(2, pruned["lookup_client_budgets"]);
        Assert.Equal(1, pruned["inbox_messages"]);
        Assert.Equal(Kept(lookups, l => l.Id), await factory.WithDbAsync(db => db.Lookups.Select(l => l.Id).ToListAsync()), Same<Guid>());
        Assert.Equal(Kept(codes, c => c.Id), await factory.WithDbAsync(db => db.PasscodeChallenges.Select(c => c.Id).ToListAsync()), Same<Guid>());
        Assert.Equal(Kept(numberBudgets, b => b.MemberNumber),
            await factory.WithDbAsync(db => db.LookupAttemptBudgets.Select(b => b.MemberNumber).ToListAsync()), Same<string>());
        Assert.Equal(Kept(clientBudgets, b => b.ClientKey),
            await factory.WithDbAsync(db => db.LookupClientBudgets.Select(b => b.ClientKey).ToListAsync()), Same<string>());
        Assert.Equal(Kept(inbox, m => m.MessageId),
            await factory.WithDbAsync(db => db.Set<InboxMessage>().Select(m => m.MessageId).ToListAsync()), Same<Guid>());
    }

    private static List<TKey> Kept<TRow, TKey>(IEnumerable<(TRow Row, bool Kept)> rows, Func<TRow, TKey> key) =>
        rows.Where(r => r.Kept).Select(r => key(r.Row)).ToList();

    /// <summary>Compares as sets: the database returns rows in no particular order.</summary>
    private static IEqualityComparer<IEnumerable<T>> Same<T>() => new SetComparer<T>();

    private sealed class SetComparer<T> : IEqualityComparer<IEnumerable<T>>
    {
        public bool Equals(IEnumerable<T>? x, IEnumerable<T>? y) => x!.ToHashSet().SetEquals(y!);

        public int GetHashCode(IEnumerable<T> obj) => 0;
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
        var budget = new LookupClientBudget { ClientKey = $"198.51.100.{Random.Shared.Next(1, 255)}-{Guid.NewGuid():N}"[..40] };
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
