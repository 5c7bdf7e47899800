using Microsoft.EntityFrameworkCore;
using Onboarding.IdentityPortal.Domain;
using Onboarding.IdentityPortal.Infrastructure;

namespace Onboarding.IdentityPortal.HelpDesk;

/// <summary>
/// The help desk finds a member by phone (docs/architecture.md §9.9): the members whose account number, or whose
/// verified sign-up number, ends with what staff typed (a whole number matches only itself). Both columns have an
/// index over <c>reverse(phone_number)</c> (migration <c>HelpDeskIndexes</c>), so "ends with 5678" is a range scan of
/// that index, not a pass over every account.
/// </summary>
public sealed class MemberPhoneSearch(IdentityDbContext db)
{
    public const int MaxMembers = 20;

    public sealed record Result(IReadOnlyList<Guid> MemberIds, bool Truncated);

    private sealed record PhoneMatch(Guid MemberId, DateTimeOffset At);

    public async Task<Result> FindAsync(PhoneSearchTerm term, CancellationToken ct)
    {
        var pattern = term.ReversedPrefixPattern;
        // Newest first: the account's creation, or the sign-up's phone verification for a member whose account is gone
        // (a deleted account's sign-up keeps no number, so it is never found).
        var matches = await db.Database.SqlQuery<PhoneMatch>($"""
            SELECT member_id, max(at) AS at
            FROM (
                SELECT member_id, created_at AS at FROM asp_net_users
                WHERE reverse(phone_number) LIKE {pattern}
                UNION ALL
                SELECT member_id, phone_verified_at AS at FROM signup_flows
                WHERE phone_number IS NOT NULL AND reverse(phone_number) LIKE {pattern}
            ) AS matched
            GROUP BY member_id
            ORDER BY max(at) DESC, member_id
            LIMIT {MaxMembers + 1}
            """).ToListAsync(ct);
        return new Result(matches.Take(MaxMembers).Select(m => m.MemberId).ToList(), matches.Count > MaxMembers);
    }
}
