using Microsoft.EntityFrameworkCore;
using Onboarding.Contracts.Events;
using Onboarding.Messaging.Outbox;
using Onboarding.Testing;
using Onboarding.Testing.Messaging;

namespace Onboarding.Messaging.Tests;

/// <summary>The relay's wake-up: after commits that wrote outbox rows, and only then (else it would wake itself).</summary>
[Collection(MessagingCollection.Name)]
public sealed class OutboxCommitSignalTests : IAsyncLifetime
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);
    private readonly OutboxCommitSignal _signal = new();
    private DbContextOptions<ProbeDbContext> _options = null!;

    public async Task InitializeAsync()
    {
        var infrastructure = await TestInfrastructure.GetSharedAsync();
        var database = await infrastructure.CreateDatabaseAsync(nameof(OutboxCommitSignalTests));
        _options = new DbContextOptionsBuilder<ProbeDbContext>().UseNpgsql(database).AddInterceptors(_signal).Options;
        await using var db = new ProbeDbContext(_options);
        await db.Database.EnsureCreatedAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_save_with_an_outbox_row_signals_and_one_without_does_not()
    {
        await using var db = new ProbeDbContext(_options);
        db.Effects.Add(new ProbeEffect { MessageId = Guid.NewGuid(), Description = "no message" });
        await db.SaveChangesAsync();
        Assert.False(await _signal.WaitAsync(Quiet, default));

        db.PublishThroughOutbox(Event());
        await db.SaveChangesAsync();
        Assert.True(await _signal.WaitAsync(Quiet, default));
    }

    [Fact]
    public async Task Inside_a_transaction_the_signal_waits_for_the_commit_and_a_rollback_sends_none()
    {
        await using var db = new ProbeDbContext(_options);
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.PublishThroughOutbox(Event());
            await db.SaveChangesAsync();
            Assert.False(await _signal.WaitAsync(Quiet, default));
            await transaction.CommitAsync();
        }
        Assert.True(await _signal.WaitAsync(Quiet, default));

        db.ChangeTracker.Clear();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.PublishThroughOutbox(Event());
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }
        Assert.False(await _signal.WaitAsync(Quiet, default));
    }

    private static MemberRosterImported Event() => new(Guid.NewGuid(), 1, 0, 0, DateTimeOffset.UtcNow);
}
