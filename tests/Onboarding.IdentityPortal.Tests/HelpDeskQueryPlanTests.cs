using Microsoft.EntityFrameworkCore;

namespace Onboarding.IdentityPortal.Tests;

/// <summary>
/// The help desk's reads stay index lookups on tables of a few hundred thousand accounts and sign-ups: the phone
/// search by last digits uses the reversed-number indexes, and a member's account and sign-ups are found by member id.
/// Its own database (a class fixture), filled with 200,000 accounts and sign-ups.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class HelpDeskQueryPlanTests(PortalApiFactory factory) : IClassFixture<PortalApiFactory>
{
    private const int Rows = 200_000;

    [Fact]
    public async Task The_phone_search_and_the_member_reads_use_indexes_on_large_tables()
    {
        await factory.WithDbAsync(async db =>
        {
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(2));
            await db.Database.ExecuteSqlRawAsync($"""
                INSERT INTO asp_net_users (id, member_id, user_name, email, email_confirmed, phone_number, phone_number_confirmed,
                    two_factor_enabled, lockout_enabled, access_failed_count, family_name, given_name, created_at)
                SELECT gen_random_uuid(), gen_random_uuid(), 'bulk' || n || '@example.ac.jp', 'bulk' || n || '@example.ac.jp', true,
                    '+8190' || lpad(((n * 7919) % 100000000)::text, 8, '0'), true, false, true, 0, '岡田', '太郎', now() - n * interval '1 minute'
                FROM generate_series(1, {Rows}) AS n;
                INSERT INTO signup_flows (id, member_id, email, created_at, expires_at, status, phone_number, phone_verified_at)
                SELECT gen_random_uuid(), gen_random_uuid(), 'bulk' || n || '@example.ac.jp', now(), now(), 'Completed',
                    '+8180' || lpad(((n * 7919) % 100000000)::text, 8, '0'), now()
                FROM generate_series(1, {Rows}) AS n;
                ANALYZE asp_net_users;
                ANALYZE signup_flows;
                """);
            return 0;
        });

        var search = await ExplainAsync("""
            SELECT member_id, max(at) FROM (
                SELECT member_id, created_at AS at FROM asp_net_users WHERE reverse(phone_number) LIKE '8765%'
                UNION ALL
                SELECT member_id, phone_verified_at FROM signup_flows WHERE phone_number IS NOT NULL AND reverse(phone_number) LIKE '8765%'
            ) AS matched GROUP BY member_id ORDER BY max(at) DESC LIMIT 21
            """);
        Assert.Contains("ix_asp_net_users_phone_number_reversed", search);
        Assert.Contains("ix_signup_flows_phone_number_reversed", search);
        Assert.DoesNotContain("Seq Scan", search);

        var member = Guid.NewGuid();
        Assert.DoesNotContain("Seq Scan", await ExplainAsync($"SELECT * FROM asp_net_users WHERE member_id = '{member}'"));
        Assert.DoesNotContain("Seq Scan", await ExplainAsync($"SELECT * FROM signup_flows WHERE member_id = '{member}'"));
    }

    private Task<string> ExplainAsync(string sql) => factory.WithDbAsync(async db =>
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN " + sql;
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
        return string.Join('\n', lines);
    });
}
