using Onboarding.Messaging;
using Onboarding.Messaging.Inbox;
using Xunit;

namespace Onboarding.Testing;

/// <summary>
/// Rows of one table seeded on both sides of its retention rule, and the check after a pass: exactly the rows meant
/// to go were deleted (and counted), and every other row is still there.
/// </summary>
public sealed class RetentionCase<TRow, TKey>(string table, Func<TRow, TKey> key)
{
    private readonly List<(TRow Row, bool Kept)> _rows = [];

    public string Table { get; } = table;

    public IEnumerable<TRow> Rows => _rows.Select(r => r.Row);

    /// <summary>A row no flow, lock-out or limit needs any more: the pass deletes it.</summary>
    public RetentionCase<TRow, TKey> Deleted(TRow row)
    {
        _rows.Add((row, false));
        return this;
    }

    /// <summary>A row something still needs: the pass keeps it.</summary>
    public RetentionCase<TRow, TKey> Kept(TRow row)
    {
        _rows.Add((row, true));
        return this;
    }

    /// <param name="pruned">What the pass reported, by table.</param>
    /// <param name="remaining">The keys of the table's rows after the pass (the test's own rows only).</param>
    public void AssertAfterPass(IReadOnlyDictionary<string, long> pruned, IEnumerable<TKey> remaining)
    {
        Assert.True(pruned.TryGetValue(Table, out var count), $"the pass did not run the rule for {Table}");
        Assert.True(_rows.Count(r => !r.Kept) == count, $"{Table}: expected {_rows.Count(r => !r.Kept)} rows deleted, the pass reported {count}");
        var expected = _rows.Where(r => r.Kept).Select(r => key(r.Row)).ToHashSet();
        var actual = remaining.ToHashSet();
        Assert.True(expected.SetEquals(actual),
            $"{Table}: expected to keep [{string.Join(", ", expected)}] but found [{string.Join(", ", actual)}]");
    }
}

/// <summary>Cases every service's retention test has.</summary>
public static class RetentionCases
{
    /// <summary>Inbox rows on both sides of the week they are kept (every service has the inbox).</summary>
    public static RetentionCase<InboxMessage, Guid> Inbox(DateTimeOffset now) =>
        new RetentionCase<InboxMessage, Guid>(MessagingModel.InboxTable, m => m.MessageId)
            .Deleted(new() { MessageId = Guid.NewGuid(), Consumer = "retention", ProcessedAt = now - TimeSpan.FromDays(8) })
            .Kept(new() { MessageId = Guid.NewGuid(), Consumer = "retention", ProcessedAt = now - TimeSpan.FromDays(6) });
}
