using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Xunit;

namespace Onboarding.Testing;

/// <summary><c>dotnet ef migrations has-pending-model-changes</c> as a test: needs no database.</summary>
public static class MigrationsMatchModel
{
    /// <summary>Fails when an entity configuration (or the naming convention) changed without a migration.</summary>
    public static void Verify<TContext>(IDesignTimeDbContextFactory<TContext> designFactory) where TContext : DbContext
    {
        using var db = designFactory.CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(),
            $"{typeof(TContext).Name}'s model differs from its latest migration: add one with dotnet ef migrations add.");
    }
}
