using Microsoft.EntityFrameworkCore;
using Onboarding.OperatorConsole.Audit;

namespace Onboarding.OperatorConsole.Tests.Infrastructure;

/// <summary>What the audit log holds, read straight from consoledb.</summary>
public static class AuditEntries
{
    public static async Task<List<AuditEntry>> OfAsync(ConsoleFactory console, string staff)
    {
        await using var db = console.NewDbContext();
        return await db.AuditEntries.Where(entry => entry.Staff == staff).OrderBy(entry => entry.Id).ToListAsync();
    }

    public static async Task<List<string>> ActionsOfAsync(ConsoleFactory console, string staff) =>
        [.. (await OfAsync(console, staff)).Select(entry => entry.Action)];
}
