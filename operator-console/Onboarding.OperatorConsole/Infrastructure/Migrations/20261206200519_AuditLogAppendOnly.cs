using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Onboarding.OperatorConsole.Infrastructure.Migrations
{
    /// <summary>
    /// The audit log is append-only in the database itself, whatever the console (or anyone on its connection) sends:
    /// a trigger raises on every UPDATE and DELETE of a row of audit_entries and on TRUNCATE, with SQLSTATE 42501
    /// (insufficient_privilege). Inserting stays open: that is how entries are written.
    /// </summary>
    public partial class AuditLogAppendOnly : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_entries_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'audit_entries is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
                END;
                $$;

                CREATE TRIGGER audit_entries_no_update_or_delete
                    BEFORE UPDATE OR DELETE ON audit_entries
                    FOR EACH ROW EXECUTE FUNCTION audit_entries_refuse_change();

                CREATE TRIGGER audit_entries_no_truncate
                    BEFORE TRUNCATE ON audit_entries
                    FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_refuse_change();
                """);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER audit_entries_no_truncate ON audit_entries;
                DROP TRIGGER audit_entries_no_update_or_delete ON audit_entries;
                DROP FUNCTION audit_entries_refuse_change();
                """);
        }
    }
}
