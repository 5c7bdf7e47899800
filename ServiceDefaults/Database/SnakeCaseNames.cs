using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Onboarding.ServiceDefaults.Database;

/// <summary>
/// The one naming convention of every database: snake_case tables, columns, keys and indexes
/// (<c>EFCore.NamingConventions</c>), so entity configurations name only what differs from the convention.
/// </summary>
public static class SnakeCaseNames
{
    /// <summary>Call from every DbContext's <c>OnConfiguring</c>, so that every way the context is built (the
    /// service, <c>dotnet ef</c>, tests) sees the same model.</summary>
    public static DbContextOptionsBuilder UseSnakeCaseNames(this DbContextOptionsBuilder options) =>
        options.UseSnakeCaseNamingConvention()
            .ReplaceService<IModelCustomizer, LibraryTablesInSnakeCase>()
            .ReplaceService<IHistoryRepository, MigrationsHistoryWithOriginalColumns>();
}
