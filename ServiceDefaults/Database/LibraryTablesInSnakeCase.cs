using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Onboarding.ServiceDefaults.Database;

/// <summary>
/// ASP.NET Core Identity and OpenIddict name their tables themselves (<c>AspNetUsers</c>, <c>OpenIddictTokens</c>),
/// and the snake_case convention leaves explicit names alone; after the context's own <c>OnModelCreating</c> this
/// brings those tables under the convention too (<c>asp_net_users</c>, <c>open_iddict_tokens</c>).
/// </summary>
public sealed partial class LibraryTablesInSnakeCase(ModelCustomizerDependencies dependencies)
    : RelationalModelCustomizer(dependencies)
{
    public override void Customize(ModelBuilder modelBuilder, DbContext context)
    {
        base.Customize(modelBuilder, context);
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (entity.GetTableName() is { } table && table.Any(char.IsUpper))
            {
                entity.SetTableName(WordStart().Replace(table, "_$1").ToLowerInvariant());
            }
        }
    }

    [GeneratedRegex("(?<=[a-z0-9])([A-Z])")]
    private static partial Regex WordStart();
}
