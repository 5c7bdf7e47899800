using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.Membership.Application;
using Onboarding.Testing.Messaging;

namespace Onboarding.Membership.Tests;

/// <summary>
/// Members of a test's own co-op, imported from a roster CSV and brought to a funnel stage: STEP 1 through the real
/// API (the passcode read from notification's queue), STEPs 2–3 as membership's own progress records (their
/// consumers are tested in <see cref="OnboardingProgressTests"/>).
/// </summary>
public sealed class MemberStages(ImportApiFixture fixture)
{
    public const string BirthDate = "2005-04-01";

    private readonly ApiClient _api = new(fixture.Service.CreateClient());

    public NotificationQueueTap Notifications { get; } = new(fixture.Membership.Infrastructure.Broker.ConnectionString);

    public sealed record RosterMember(string Number, string Coop, string? Email, string FamilyName = "試験");

    public async Task ImportAsync(IEnumerable<RosterMember> members)
    {
        var csv = new StringBuilder("member_number,birth_date,family_name,given_name,coop,email\n");
        foreach (var member in members)
        {
            csv.Append($"{member.Number},{BirthDate},\"{member.FamilyName.Replace("\"", "\"\"")}\",花子,{member.Coop},{member.Email}\n");
        }
        Assert.Equal(0, (await fixture.ImportAsync(Encoding.UTF8.GetBytes(csv.ToString()))).GetProperty("rejected").GetInt32());
    }

    /// <summary>A lookup with the right birth date: the member is at STEP 1.</summary>
    public Task IdentifyAsync(string memberNumber) => _api.LookupIdAsync(memberNumber, BirthDate);

    /// <summary>STEP 1 done with the address on file.</summary>
    public async Task ConfirmAsync(string memberNumber)
    {
        var challengeId = await _api.ChallengeIdAsync(await _api.LookupIdAsync(memberNumber, BirthDate), new { target = "registered" });
        Assert.Equal(HttpStatusCode.OK, (await _api.VerifyAsync(challengeId, await Notifications.PasscodeForAsync(challengeId))).StatusCode);
    }

    public Task CompleteAsync(string memberNumber) => RecordAsync(memberNumber, portal: true, wallet: true);

    /// <summary>STEP 1 (unless done), then the portal account and/or the wallet link as membership records them.</summary>
    public async Task RecordAsync(string memberNumber, bool portal, bool wallet, bool unlinkAfter = false)
    {
        var membership = fixture.Membership;
        if (!await membership.WithDbAsync(db => db.Members.AnyAsync(m => m.MemberNumber == memberNumber && m.EmailConfirmedAt != null)))
        {
            await ConfirmAsync(memberNumber);
        }
        await using var scope = membership.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Infrastructure.MembershipDbContext>();
        var memberId = await db.Members.Where(m => m.MemberNumber == memberNumber).Select(m => m.Id).SingleAsync();
        var now = membership.Clock.GetUtcNow();
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await scope.ServiceProvider.GetRequiredService<OnboardingProgressRecorder>().RecordAsync(memberId, progress =>
            {
                if (portal) progress.RecordPortalAccountCreated(Guid.NewGuid(), now, now);
                if (wallet) progress.RecordWalletLinked("pokepay", now, now);
                if (unlinkAfter) progress.RecordWalletUnlinked(now.AddSeconds(1), now);
            }, CancellationToken.None);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        });
    }
}
