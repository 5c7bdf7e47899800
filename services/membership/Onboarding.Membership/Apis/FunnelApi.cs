using System.Globalization;
using CsvHelper;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Onboarding.Membership.Application;
using Onboarding.Membership.Domain;
using Onboarding.Membership.Infrastructure;
using Onboarding.ServiceDefaults.Localization;
using Onboarding.ServiceDefaults.OpenApi;
using Onboarding.ServiceDefaults.Problems;

namespace Onboarding.Membership.Apis;

/// <summary>
/// The operators' funnel (docs/architecture.md §9.6): members at each stage per co-op with the daily trend, and the
/// members not yet done as a CSV for a co-op's own follow-up. Operator credential only; the CSV holds personal data.
/// </summary>
public static class FunnelApi
{
    public const int MaxDays = 366;

    public static RouteGroupBuilder MapFunnelApi(this RouteGroupBuilder operatorApi)
    {
        operatorApi.MapGet("/funnel", GetFunnel)
            .WithSummary("Members at each stage (not_started, step1, step2, step3, completed) per co-op, with the daily trend")
            .ProducesProblems(DocumentedProblems.ValidationFailed);
        operatorApi.MapGet("/funnel/members.csv", ExportMembers)
            .WithSummary("The members not yet done (or at one stage) as CSV, UTF-8 with BOM: for a co-op's own follow-up")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblems(DocumentedProblems.ValidationFailed);
        return operatorApi;
    }

    /// <param name="Members">Members per stage name.</param>
    public sealed record CoopFunnel(string Coop, IReadOnlyDictionary<string, int> Members, int Total);

    /// <param name="Members">Members per stage name, all the selected co-ops together.</param>
    public sealed record FunnelDay(DateOnly Day, IReadOnlyDictionary<string, int> Members);

    /// <param name="TakenAt">When today's figures were read (every few minutes, §9.6).</param>
    public sealed record Funnel(DateTimeOffset TakenAt, IReadOnlyList<string> Stages, IReadOnlyList<CoopFunnel> Coops, IReadOnlyList<FunnelDay> Trend);

    /// <summary>Today's reading (taken now if there is none yet) and the last <c>days</c> days; one co-op's with <c>coop</c>.</summary>
    public static async Task<Results<Ok<Funnel>, ProblemHttpResult>> GetFunnel(
        string? coop, string? days, HttpContext http, MembershipDbContext db, FunnelReader reader, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = CoopErrors(coop);
        var dayCount = 30;
        if (days is not null && (!int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out dayCount) || dayCount is < 1 or > MaxDays))
        {
            errors["days"] = "days.range";
        }
        if (errors.Count > 0) return Problems.Validation(http, errors);

        var today = FunnelReader.DayOf(clock.GetUtcNow());
        if (!await db.FunnelSnapshots.AnyAsync(s => s.Day == today, cancellationToken)) await reader.ReadAsync(cancellationToken);

        var since = today.AddDays(1 - dayCount);
        var rows = await db.FunnelSnapshots.AsNoTracking()
            .Where(s => s.Day >= since && (coop == null || s.Coop == coop))
            .ToListAsync(cancellationToken);
        var todays = rows.Where(r => r.Day == today).ToList();
        var coops = todays.GroupBy(r => r.Coop).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CoopFunnel(g.Key, ByStage(g), g.Sum(r => r.Members)))
            .ToList();
        var trend = rows.GroupBy(r => r.Day).OrderBy(g => g.Key).Select(g => new FunnelDay(g.Key, ByStage(g))).ToList();
        var takenAt = todays.Count > 0 ? todays.Max(r => r.TakenAt) : clock.GetUtcNow();
        return TypedResults.Ok(new Funnel(takenAt, FunnelStages.All.Select(s => s.Name()).ToList(), coops, trend));
    }

    /// <summary>The field errors a request starts with: a co-op name longer than the roster allows.</summary>
    private static Dictionary<string, string> CoopErrors(string? coop) =>
        coop?.Length > Infrastructure.EntityConfigurations.MemberConfiguration.CoopMaxLength ? new() { ["coop"] = "coop.tooLong" } : [];

    private static Dictionary<string, int> ByStage(IEnumerable<FunnelSnapshot> rows) =>
        FunnelStages.All.ToDictionary(stage => stage.Name(), stage => rows.Where(r => r.Stage == stage).Sum(r => r.Members));

    /// <summary>
    /// Streams the members of <c>coop</c> (all co-ops without it) at <c>stage</c> (every stage but completed without
    /// it), ordered by co-op and member number, with headers and stage names in the operator's language.
    /// </summary>
    public static async Task<IResult> ExportMembers(
        string? coop, string? stage, HttpContext http, MembershipDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = CoopErrors(coop);
        var only = FunnelStages.Parse(stage);
        if (stage is not null && only is null) errors["stage"] = "stage.invalid";
        if (errors.Count > 0) return Problems.Validation(http, errors);

        var culture = MemberCulture.Of(http.Request);
        var stageName = only?.Name();
        var members = db.Database.SqlQuery<FunnelMemberRow>($"""
            SELECT m.member_number, m.family_name, m.given_name, m.family_name_kana, m.given_name_kana, m.coop, s.stage,
                   m.registered_email AS email, p.email_confirmed_at, p.portal_account_created_at
            FROM members m
                JOIN member_funnel_stages s ON s.member_id = m.id
                LEFT JOIN onboarding_progress p ON p.member_id = m.id
            WHERE ({coop}::text IS NULL OR m.coop = {coop}::text)
              AND (({stageName}::text IS NULL AND s.stage <> 'completed') OR s.stage = {stageName}::text)
            ORDER BY m.coop, m.member_number
            """).AsAsyncEnumerable();

        var fileName = $"members-{only?.Name() ?? "not-done"}-{FunnelReader.DayOf(clock.GetUtcNow()):yyyyMMdd}.csv";
        return Results.Stream(async body =>
        {
            await using var csv = CsvWriter.Create(body, CsvOptions, leaveOpen: true);
            await csv.WriteRecordAsync(FunnelCsvText.Headers.Select(header => header.In(culture)).ToArray(), cancellationToken);
            await foreach (var member in members.WithCancellation(cancellationToken))
            {
                await csv.WriteRecordAsync(
                [
                    member.MemberNumber, member.FamilyName, member.GivenName, member.FamilyNameKana ?? "", member.GivenNameKana ?? "",
                    member.Coop, FunnelCsvText.Stage(FunnelStages.Parse(member.Stage)!.Value).In(culture), member.Email ?? "",
                    FunnelCsvText.JapanTime(member.EmailConfirmedAt), FunnelCsvText.JapanTime(member.PortalAccountCreatedAt),
                ], cancellationToken);
            }
            await csv.FlushAsync(cancellationToken);
        }, "text/csv; charset=utf-8", fileName);
    }

    /// <summary>
    /// RFC 4180 with CRLF; a BOM so that Excel (the co-ops' tool) reads UTF-8 rather than Shift_JIS; a field that
    /// would start a formula (= + - @, tab) gets a leading apostrophe, since roster names are not ours to trust.
    /// </summary>
    private static readonly CsvWriterOptions CsvOptions = new()
    {
        NewLine = "\r\n", WriteByteOrderMark = true, Injection = CsvInjection.Escape,
    };

    private sealed record FunnelMemberRow(
        string MemberNumber, string FamilyName, string GivenName, string? FamilyNameKana, string? GivenNameKana, string Coop,
        string Stage, string? Email, DateTimeOffset? EmailConfirmedAt, DateTimeOffset? PortalAccountCreatedAt);
}

/// <summary>The member CSV's wording, Japanese and English.</summary>
public static class FunnelCsvText
{
    public static readonly IReadOnlyList<LocalizedText> Headers =
    [
        new("組合員番号", "Member number"),
        new("姓", "Family name"),
        new("名", "Given name"),
        new("姓（カナ）", "Family name (kana)"),
        new("名（カナ）", "Given name (kana)"),
        new("生協", "Co-op"),
        new("次に行うこと", "Next step"),
        new("メールアドレス", "E-mail address"),
        new("STEP 1 完了日時", "STEP 1 done at"),
        new("STEP 2 完了日時", "STEP 2 done at"),
    ];

    public static LocalizedText Stage(FunnelStage stage) => stage switch
    {
        FunnelStage.NotStarted => new("未着手（STEP 1 から）", "Not started (STEP 1)"),
        FunnelStage.Step1 => new("STEP 1 メールアドレスの確認", "STEP 1 confirm the e-mail address"),
        FunnelStage.Step2 => new("STEP 2 マイポータルへの登録", "STEP 2 register for the portal"),
        FunnelStage.Step3 => new("STEP 3 PokePay認証", "STEP 3 PokePay authentication"),
        _ => new("完了", "Completed"),
    };

    /// <summary>Japan time as Excel reads it (yyyy-MM-dd HH:mm), empty when not done.</summary>
    public static string JapanTime(DateTimeOffset? instant) =>
        instant?.ToOffset(FunnelReader.JapanOffset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "";
}
