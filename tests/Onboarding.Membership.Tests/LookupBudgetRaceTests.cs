using System.Net;
using Npgsql;
using Onboarding.Testing;

namespace Onboarding.Membership.Tests;

/// <summary>
/// The retention pass deletes budget rows that count nothing; a lookup may be waiting for that very row's lock. The
/// lookup creates and locks each budget in one insert-on-conflict-do-update statement, and PostgreSQL retries the
/// insert when the row it waited for is gone: the lookup still answers, and the budget exists again.
/// </summary>
[Collection(MembershipCollection.Name)]
public sealed class LookupBudgetRaceTests(MembershipApiFactory factory) : IClassFixture<MembershipApiFactory>
{
    [Theory]
    [InlineData("lookup_client_budgets", "client_key", "192.0.2.71")]
    [InlineData("lookup_attempt_budgets", "member_number", ApiClient.Member2)]
    public async Task A_budget_row_deleted_while_a_lookup_waits_for_its_lock_is_created_again(string table, string key, string value)
    {
        var client = new ApiClient(factory.CreateClient()) { ClientAddress = "192.0.2.71" };
        Assert.Equal(HttpStatusCode.Created, (await client.LookupAsync(ApiClient.Member2, ApiClient.Member2BirthDate)).StatusCode);

        await using var retention = new NpgsqlConnection(factory.DatabaseConnectionString);
        await retention.OpenAsync();
        await using var transaction = await retention.BeginTransactionAsync();
        await Sql(retention, $"SELECT * FROM {table} WHERE {key} = @value FOR UPDATE", value);
        var waiting = client.LookupAsync(ApiClient.Member2, ApiClient.Member2BirthDate);
        Assert.True(await Eventually.TrueAsync(async () => await LookupsWaitingForALockAsync() > 0, TimeSpan.FromSeconds(10)));
        Assert.Equal(1, await Sql(retention, $"DELETE FROM {table} WHERE {key} = @value", value));
        await transaction.CommitAsync();

        Assert.Equal(HttpStatusCode.Created, (await waiting).StatusCode);
        await using var check = new NpgsqlConnection(factory.DatabaseConnectionString);
        await check.OpenAsync();
        await using var count = new NpgsqlCommand($"SELECT count(*) FROM {table} WHERE {key} = @value", check);
        count.Parameters.AddWithValue("value", value);
        Assert.Equal(1L, await count.ExecuteScalarAsync());
    }

    private static async Task<int> Sql(NpgsqlConnection connection, string sql, string value)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("value", value);
        return await command.ExecuteNonQueryAsync();
    }

    private async Task<long> LookupsWaitingForALockAsync()
    {
        await using var connection = new NpgsqlConnection(factory.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var waiting = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", connection);
        return (long)(await waiting.ExecuteScalarAsync())!;
    }
}
