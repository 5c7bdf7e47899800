using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Onboarding.OperatorConsole.Audit;
using Onboarding.OperatorConsole.Infrastructure;
using Onboarding.OperatorConsole.Tests.Infrastructure;

namespace Onboarding.OperatorConsole.Tests;

/// <summary>
/// The audit log cannot be altered by the console: through the console's own context and connection, PostgreSQL refuses
/// UPDATE, DELETE and TRUNCATE of audit_entries (the migration's trigger), and the entry stays as written.
/// </summary>
public sealed class AuditAppendOnlyTests : IAsyncLifetime
{
    private const string InsufficientPrivilege = "42501";
    private ConsoleFactory _console = null!;
    private AuditEntry _written = null!;

    public async Task InitializeAsync()
    {
        _console = await ConsoleFactory.StartAsync();
        var audit = _console.Services.GetRequiredService<IAuditLog>();
        await audit.RecordForAsync("helper", Guid.NewGuid(), new AuditRecord(AuditActions.MemberOpened, "member-0001", "called about STEP 2", new { page = "timeline" }));
        await using var db = _console.NewDbContext();
        _written = await db.AuditEntries.SingleAsync();
    }

    public async Task DisposeAsync() => await _console.DisposeAsync();

    private static readonly string[] Statements =
    [
        "UPDATE audit_entries SET reason = 'nothing happened'",
        "UPDATE audit_entries SET staff = 'someone-else' WHERE id = {0}",
        "DELETE FROM audit_entries",
        "DELETE FROM audit_entries WHERE id = {0}",
        "TRUNCATE audit_entries",
    ];

    [Fact]
    public async Task The_database_refuses_to_change_or_remove_an_entry_through_the_consoles_connection()
    {
        await using var scope = _console.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsoleDbContext>();

        await Assert.AllAsync(Statements, async statement =>
        {
            var refused = await Assert.ThrowsAsync<PostgresException>(() =>
                db.Database.ExecuteSqlRawAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, statement, _written.Id)));

            Assert.Equal(InsufficientPrivilege, refused.SqlState);
            Assert.Contains("append-only", refused.MessageText);
        });
        await AssertUnchangedAsync();
    }

    [Fact]
    public async Task Changing_or_removing_a_tracked_entry_through_ef_core_fails_too()
    {
        await using var scope = _console.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsoleDbContext>();
        var entry = await db.AuditEntries.SingleAsync();

        db.Entry(entry).Property(row => row.Reason).CurrentValue = "rewritten";
        var update = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        db.AuditEntries.Remove(await db.AuditEntries.SingleAsync());
        var delete = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.Equal(InsufficientPrivilege, Assert.IsType<PostgresException>(update.InnerException).SqlState);
        Assert.Equal(InsufficientPrivilege, Assert.IsType<PostgresException>(delete.InnerException).SqlState);
        await AssertUnchangedAsync();
    }

    [Fact]
    public async Task New_entries_are_still_written()
    {
        await _console.Services.GetRequiredService<IAuditLog>().RecordForAsync("helper", null, new AuditRecord(AuditActions.MemberOpened, "member-0002"));

        await using var db = _console.NewDbContext();
        Assert.Equal(2, await db.AuditEntries.CountAsync());
    }

    private async Task AssertUnchangedAsync()
    {
        await using var db = _console.NewDbContext();
        var stored = await db.AuditEntries.SingleAsync();
        Assert.Equal((_written.Id, _written.Staff, _written.Action, _written.Subject, _written.Reason, _written.At),
            (stored.Id, stored.Staff, stored.Action, stored.Subject, stored.Reason, stored.At));
    }
}
