using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Onboarding.Membership.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class FunnelReadings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "first_identified_at",
                table: "members",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "funnel_snapshots",
                columns: table => new
                {
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    coop = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    stage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    members = table.Column<int>(type: "integer", nullable: false),
                    taken_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_funnel_snapshots", x => new { x.day, x.coop, x.stage });
                });

            // Each member's funnel stage (FunnelStage, names as FunnelStages.Name): the one definition that the funnel's
            // counts and its member export both read.
            migrationBuilder.Sql("""
                CREATE VIEW member_funnel_stages AS
                SELECT m.id AS member_id, m.coop,
                       CASE WHEN p.completed_at IS NOT NULL THEN 'completed'
                            WHEN p.portal_account_created_at IS NOT NULL THEN 'step3'
                            WHEN p.email_confirmed_at IS NOT NULL THEN 'step2'
                            WHEN m.first_identified_at IS NOT NULL THEN 'step1'
                            ELSE 'not_started' END AS stage
                FROM members m LEFT JOIN onboarding_progress p ON p.member_id = m.id;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP VIEW member_funnel_stages;");

            migrationBuilder.DropTable(
                name: "funnel_snapshots");

            migrationBuilder.DropColumn(
                name: "first_identified_at",
                table: "members");
        }
    }
}
