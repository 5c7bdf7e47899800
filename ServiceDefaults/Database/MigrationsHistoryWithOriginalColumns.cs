using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Migrations.Internal;

namespace Onboarding.ServiceDefaults.Database;

/// <summary>
/// Keeps <c>__EFMigrationsHistory</c>'s columns <c>MigrationId</c> and <c>ProductVersion</c>: the snake_case
/// convention would otherwise rename them too (EFCore.NamingConventions issue #1), and every deployed database would
/// fail its next <c>migrate</c> with <c>column "migration_id" does not exist</c>.
/// </summary>
/// <remarks>
/// EF1001: Npgsql's history repository is marked internal API, but subclassing it is the documented way to
/// customise the history table (learn.microsoft.com/ef/core/managing-schemas/migrations/history-table); the
/// migrations tests show at once if an upgrade changes it.
/// </remarks>
#pragma warning disable EF1001
public sealed class MigrationsHistoryWithOriginalColumns(HistoryRepositoryDependencies dependencies)
    : NpgsqlHistoryRepository(dependencies)
{
    protected override void ConfigureTable(EntityTypeBuilder<HistoryRow> history)
    {
        base.ConfigureTable(history);
        history.Property(h => h.MigrationId).HasColumnName(nameof(HistoryRow.MigrationId));
        history.Property(h => h.ProductVersion).HasColumnName(nameof(HistoryRow.ProductVersion));
    }
}
#pragma warning restore EF1001
