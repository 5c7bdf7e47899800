using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Onboarding.Membership.Domain;
using Onboarding.Membership.Infrastructure;

namespace Onboarding.Membership.Application;

/// <summary>What the help desk searches by: part of the member number, of the name (kanji or kana) or of the e-mail address.</summary>
public enum MemberSearchKind
{
    Number,
    Name,
    Email,
}

/// <summary>
/// A help-desk search as typed (docs/architecture.md §9.9): normalised the way the roster and the member's own input
/// are (NFKC, so full-width digits and half-width kana match; spaces dropped; hiragana found as katakana and the other
/// way round), and matched anywhere in the field. Short input would match half the roster, so each kind needs a few
/// characters.
/// </summary>
public sealed record MemberSearchQuery(MemberSearchKind Kind, string Text)
{
    public const int MaxLength = 100;
    public const int MaxResults = 20;

    /// <summary>The query, or the field error code (<c>kind.unknown</c>, <c>query.required</c>, <c>query.tooShort</c>, …).</summary>
    public static (MemberSearchQuery? Query, string? Error) Parse(string? kind, string? text)
    {
        MemberSearchKind? parsed = kind switch { "number" => MemberSearchKind.Number, "name" => MemberSearchKind.Name, "email" => MemberSearchKind.Email, _ => null };
        if (parsed is not { } searchKind) return (null, "kind.unknown");
        if (string.IsNullOrWhiteSpace(text)) return (null, "query.required");
        if (text.Length > MaxLength) return (null, "query.tooLong");

        var normalized = new string(text.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)).ToArray());
        return searchKind switch
        {
            MemberSearchKind.Number => normalized.Replace("-", "") is var digits && digits.All(char.IsAsciiDigit)
                ? digits.Length is >= 4 and <= 12 ? (new(searchKind, digits), null) : (null, "query.number.tooShort")
                : (null, "query.number.digits"),
            MemberSearchKind.Name => new StringInfo(normalized).LengthInTextElements >= 2 ? (new(searchKind, normalized), null) : (null, "query.name.tooShort"),
            _ => normalized.Length >= 3 ? (new(searchKind, normalized.ToLowerInvariant()), null) : (null, "query.email.tooShort"),
        };
    }

    /// <summary>A LIKE pattern matching the text anywhere, its own <c>% _ \</c> taken literally.</summary>
    public string Contains(string text) => "%" + text.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_") + "%";

    public static string Katakana(string text) => new(text.Select(c => c is >= 'ぁ' and <= 'ゖ' ? (char)(c + 0x60) : c).ToArray());

    public static string Hiragana(string text) => new(text.Select(c => c is >= 'ァ' and <= 'ヶ' ? (char)(c - 0x60) : c).ToArray());
}

/// <summary>A member found, masked until opened (the opening is what the console audits).</summary>
public sealed record MemberSearchResult(Guid Id, string MemberNumber, string Name, string? Kana, string Coop, string Stage);

public sealed record MemberSearchResults(IReadOnlyList<MemberSearchResult> Members, bool Truncated);

/// <summary>
/// Runs a <see cref="MemberSearchQuery"/> over the roster: each kind's match is served by its trigram index
/// (<c>HelpDeskSearchIndexes</c> migration), so a search over 1.5 M members reads the matches, not the roster.
/// </summary>
public sealed class MemberSearch(MembershipDbContext db)
{
    public async Task<MemberSearchResults> FindAsync(MemberSearchQuery query, CancellationToken cancellationToken)
    {
        var members = query.Kind switch
        {
            MemberSearchKind.Number => db.Members.FromSql($"SELECT * FROM members WHERE member_number::text LIKE {query.Contains(query.Text)}"),
            MemberSearchKind.Email => db.Members.FromSql($"SELECT * FROM members WHERE lower(registered_email) LIKE {query.Contains(query.Text)}"),
            _ => db.Members.FromSql($"""
                SELECT * FROM members
                WHERE (family_name || given_name) LIKE {query.Contains(query.Text)}
                   OR (coalesce(family_name_kana, '') || coalesce(given_name_kana, '')) LIKE {query.Contains(MemberSearchQuery.Katakana(query.Text))}
                   OR (coalesce(family_name_kana, '') || coalesce(given_name_kana, '')) LIKE {query.Contains(MemberSearchQuery.Hiragana(query.Text))}
                """),
        };
        return await ResultsAsync(members, cancellationToken);
    }

    /// <summary>The members of these ids, masked alike (for a search another service answered with ids).</summary>
    public Task<MemberSearchResults> FindAsync(Guid[] memberIds, CancellationToken cancellationToken) =>
        ResultsAsync(db.Members.Where(m => memberIds.Contains(m.Id)), cancellationToken);

    private async Task<MemberSearchResults> ResultsAsync(IQueryable<Member> members, CancellationToken cancellationToken)
    {
        var found = await members.AsNoTracking().OrderBy(m => m.MemberNumber).Take(MemberSearchQuery.MaxResults + 1).ToListAsync(cancellationToken);
        var stages = await MemberStages.OfAsync(db, found.Select(m => m.Id).ToArray(), cancellationToken);
        return new MemberSearchResults(
            found.Take(MemberSearchQuery.MaxResults).Select(m => new MemberSearchResult(m.Id, Masking.MaskMemberNumber(m.MemberNumber),
                m.MaskedName, m.FamilyNameKana is null && m.GivenNameKana is null ? null : Masking.MaskName(m.FamilyNameKana ?? "", m.GivenNameKana ?? ""),
                m.Coop, stages.GetValueOrDefault(m.Id, "not_started"))).ToList(),
            found.Count > MemberSearchQuery.MaxResults);
    }
}

/// <summary>Members' funnel stages (§9.6) from the one definition of them, the view <c>member_funnel_stages</c>.</summary>
public static class MemberStages
{
    public static async Task<IReadOnlyDictionary<Guid, string>> OfAsync(MembershipDbContext db, Guid[] memberIds, CancellationToken cancellationToken)
    {
        if (memberIds.Length == 0) return new Dictionary<Guid, string>();
        var rows = await db.Database.SqlQuery<MemberStage>(
            $"SELECT member_id, stage FROM member_funnel_stages WHERE member_id = ANY({memberIds})").ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.MemberId, r => r.Stage);
    }

    private sealed record MemberStage(Guid MemberId, string Stage);
}
