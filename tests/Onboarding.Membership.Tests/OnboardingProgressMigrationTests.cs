using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Onboarding.Membership.Domain;
using Onboarding.Membership.Infrastructure;
using Onboarding.Testing;

namespace Onboarding.Membership.Tests;

/// <summary>The progress migration on a database that already has members: STEP 1 done before it is not forgotten.</summary>
[Collection(MembershipCollection.Name)]
public sealed class OnboardingProgressMigrationTests
{
    private const string MigrationBeforeProgress = "20261124214800_MemberRosterAndStep1";

    [Fact]
    public async Task Members_who_confirmed_their_email_before_the_migration_have_step1_recorded()
    {
        var infrastructure = await TestInfrastructure.GetSharedAsync();
        var options = new DbContextOptionsBuilder<MembershipDbContext>()
            .UseNpgsql(await infrastructure.CreateDatabaseAsync("membershipprogressmigration")).Options;
        var confirmedAt = new DateTimeOffset(2026, 11, 20, 1, 2, 3, TimeSpan.Zero);
        var confirmed = NewMember("200000000001", confirmedAt);
        var notConfirmed = NewMember("200000000002", null);

        await using (var db = new MembershipDbContext(options))
        {
            await db.GetService<IMigrator>().MigrateAsync(MigrationBeforeProgress);
            // Raw SQL: the current model knows a table this schema does not have yet.
            foreach (var member in new[] { confirmed, notConfirmed })
            {
                await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO members (id, member_number, birth_date, family_name, given_name, coop, registered_email, email_confirmed_at, created_at, updated_at)
                    VALUES ({member.Id}, {member.MemberNumber}, {member.BirthDate}, {member.FamilyName}, {member.GivenName}, {member.Coop},
                            {member.RegisteredEmail}, {member.EmailConfirmedAt}, {member.CreatedAt}, {member.UpdatedAt})
                    """);
            }
            await db.Database.MigrateAsync();
        }

        await using var migrated = new MembershipDbContext(options);
        var progress = await migrated.OnboardingProgress.SingleAsync();
        Assert.Equal(confirmed.Id, progress.MemberId);
        Assert.Equal(confirmedAt, progress.EmailConfirmedAt);
        Assert.Null(progress.PortalAccountCreatedAt);
        Assert.Null(progress.CompletedAt);
    }

    private static Member NewMember(string number, DateTimeOffset? confirmedAt) => new()
    {
        Id = Guid.NewGuid(), MemberNumber = number, BirthDate = new DateOnly(2005, 1, 1), FamilyName = "移行", GivenName = "太郎",
        Coop = "テスト大学生協", RegisteredEmail = $"m{number}@example.ac.jp", EmailConfirmedAt = confirmedAt,
        CreatedAt = confirmedAt ?? DateTimeOffset.UnixEpoch, UpdatedAt = confirmedAt ?? DateTimeOffset.UnixEpoch,
    };
}
