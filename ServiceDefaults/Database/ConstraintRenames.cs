using Microsoft.EntityFrameworkCore.Migrations;

namespace Onboarding.ServiceDefaults.Database;

public static class ConstraintRenames
{
    /// <summary>
    /// Renames a primary or foreign key in place. EF Core has no such operation: for a new key name it drops the key
    /// and adds it again, which rebuilds the key's index and re-checks every row; PostgreSQL renames it (and a
    /// primary key's index with it) without touching the data.
    /// </summary>
    public static void RenameConstraint(this MigrationBuilder migration, string table, string name, string newName) =>
        migration.Sql($"""ALTER TABLE "{table}" RENAME CONSTRAINT "{name}" TO "{newName}";""");
}
