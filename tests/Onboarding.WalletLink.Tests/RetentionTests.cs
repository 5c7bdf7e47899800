using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.Messaging.Inbox;
using Onboarding.Messaging.Retention;
using Onboarding.Testing;
using Onboarding.WalletLink.Domain;

namespace Onboarding.WalletLink.Tests;

/// <summary>
/// One retention pass over rows seeded on both sides of each rule: link attempts go a quarter of an hour after they
/// expired, used or not; the inbox keeps a week (docs/architecture.md, Retention). A factory (and database) of its
/// own, not the collection's: other tests move the shared clock and leave expired attempts behind.
/// </summary>
[Collection(WalletLinkCollection.Name)]
public sealed class RetentionTests(WalletLinkFactory factory) : IClassFixture<WalletLinkFactory>
{
    [Fact]
    public async Task One_pass_deletes_link_attempts_expired_a_while_ago_and_old_inbox_rows_and_keeps_the_rest()
    {
        var now = factory.Clock.GetUtcNow();
        var attempts = new RetentionCase<LinkAttempt, Guid>("link_attempts", a => a.Id)
            .Deleted(Attempt(expiresIn: TimeSpan.FromMinutes(-16), used: false))
            .Deleted(Attempt(expiresIn: TimeSpan.FromMinutes(-16), used: true))
            .Kept(Attempt(expiresIn: TimeSpan.FromMinutes(-14), used: false)) // a late callback still hears "expired"
            .Kept(Attempt(expiresIn: TimeSpan.FromMinutes(5), used: true))    // used: a replay still hears "invalid"
            .Kept(Attempt(expiresIn: TimeSpan.FromMinutes(5), used: false));  // the member is at the provider
        var inbox = RetentionCases.Inbox(now);
        await factory.WithDbAsync(db =>
        {
            db.AddRange(attempts.Rows);
            db.AddRange(inbox.Rows);
            return db.SaveChangesAsync();
        });

        var pruned = await factory.Services.GetRequiredService<RetentionPass>().RunAsync(CancellationToken.None);

        attempts.AssertAfterPass(pruned, await factory.WithDbAsync(db => db.LinkAttempts.Select(a => a.Id).ToListAsync()));
        inbox.AssertAfterPass(pruned, await factory.WithDbAsync(db => db.Set<InboxMessage>().Select(m => m.MessageId).ToListAsync()));

        LinkAttempt Attempt(TimeSpan expiresIn, bool used)
        {
            var attempt = new LinkAttempt
            {
                Id = Guid.NewGuid(), MemberId = Guid.NewGuid(), StateHash = LinkAttempt.HashState(LinkAttempt.NewSecret()),
                ProtectedCodeVerifier = "protected", ReturnPath = "/step3", CreatedAt = now + expiresIn - LinkAttempt.Lifetime,
                ExpiresAt = now + expiresIn,
            };
            if (used) attempt.Use(attempt.CreatedAt + TimeSpan.FromMinutes(1));
            return attempt;
        }
    }
}
