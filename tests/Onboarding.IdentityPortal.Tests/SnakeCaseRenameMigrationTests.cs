using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Onboarding.IdentityPortal.Infrastructure;
using Onboarding.Testing;

namespace Onboarding.IdentityPortal.Tests;

/// <summary>
/// A database deployed before the snake_case convention keeps its rows through the rename migration: the Identity
/// tables and their columns are renamed, not re-created, and <c>__EFMigrationsHistory</c> keeps its own columns.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class SnakeCaseRenameMigrationTests
{
    private const string LastMigrationBeforeRename = "20261205130644_SealedTokenKeys";

    [Fact]
    public async Task Accounts_and_their_claims_written_before_the_rename_are_read_after_it()
    {
        var infrastructure = await TestInfrastructure.GetSharedAsync();
        var options = new DbContextOptionsBuilder<IdentityDbContext>()
            .UseNpgsql(await infrastructure.CreateDatabaseAsync("identitysnakecaserename")).Options;
        var userId = Guid.NewGuid();
        var memberId = Guid.NewGuid();
        var createdAt = new DateTimeOffset(2026, 11, 30, 1, 2, 3, TimeSpan.Zero);

        await using (var db = new IdentityDbContext(options))
        {
            await db.GetService<IMigrator>().MigrateAsync(LastMigrationBeforeRename);
            // Raw SQL in the names of that schema: the current model knows only the new ones.
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "AspNetUsers" ("Id", "UserName", "NormalizedUserName", "Email", "NormalizedEmail", "EmailConfirmed",
                    "PasswordHash", "SecurityStamp", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount",
                    member_id, family_name, given_name, created_at)
                VALUES ({userId}, 'hanako@example.ac.jp', 'HANAKO@EXAMPLE.AC.JP', 'hanako@example.ac.jp', 'HANAKO@EXAMPLE.AC.JP', true,
                    'hash', 'stamp', false, false, true, 2, {memberId}, '生協', '花子', {createdAt})
                """);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "AspNetUserClaims" ("UserId", "ClaimType", "ClaimValue") VALUES ({userId}, 'coop', 'テスト大学生協')
                """);
            await db.Database.MigrateAsync();
        }

        await using var migrated = new IdentityDbContext(options);
        var user = await migrated.Users.SingleAsync();
        Assert.Equal((userId, memberId, "花子", createdAt, 2), (user.Id, user.MemberId, user.GivenName, user.CreatedAt, user.AccessFailedCount));
        var claim = await migrated.UserClaims.SingleAsync();
        Assert.Equal((userId, "coop", "テスト大学生協"), (claim.UserId, claim.ClaimType, claim.ClaimValue));
        // The renamed foreign key still cascades.
        migrated.Users.Remove(user);
        await migrated.SaveChangesAsync();
        Assert.False(await migrated.UserClaims.AnyAsync());
        // The history table was not renamed: the next deployment still finds what is applied.
        Assert.Empty(await migrated.Database.GetPendingMigrationsAsync());
        Assert.Equal(1, await migrated.Database.SqlQuery<int>(
            $"""SELECT count(*)::int AS "Value" FROM "__EFMigrationsHistory" WHERE "MigrationId" = {LastMigrationBeforeRename}""").SingleAsync());
    }
}
