using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Onboarding.Membership.Infrastructure.Migrations
{
    /// <summary>
    /// The help desk's search (docs/architecture.md §9.9) matches part of a member number, name, kana or address
    /// anywhere in the field: trigram indexes serve those LIKE '%…%' matches, so a search over 1.5 M members reads only
    /// the candidates. pg_trgm ships with PostgreSQL and is a trusted extension (the database's owner may create it).
    /// The expressions must be exactly those of <c>MemberSearch</c>.
    /// </summary>
    public partial class HelpDeskSearchIndexes : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql("CREATE INDEX ix_members_member_number_trgm ON members USING gin ((member_number::text) gin_trgm_ops);");
            migrationBuilder.Sql("CREATE INDEX ix_members_name_trgm ON members USING gin ((family_name || given_name) gin_trgm_ops);");
            migrationBuilder.Sql("""
                CREATE INDEX ix_members_kana_trgm ON members
                USING gin ((coalesce(family_name_kana, '') || coalesce(given_name_kana, '')) gin_trgm_ops);
                """);
            migrationBuilder.Sql("CREATE INDEX ix_members_email_trgm ON members USING gin (lower(registered_email) gin_trgm_ops);");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_members_email_trgm;");
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_members_kana_trgm;");
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_members_name_trgm;");
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_members_member_number_trgm;");
        }
    }
}
