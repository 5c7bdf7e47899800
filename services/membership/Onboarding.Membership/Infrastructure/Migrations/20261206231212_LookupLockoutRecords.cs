using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Onboarding.Membership.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class LookupLockoutRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "lookup_lockouts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    locked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    locked_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    lockout = table.Column<int>(type: "integer", nullable: false),
                    lifted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_lookup_lockouts", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_lookup_lockouts_locked_at",
                table: "lookup_lockouts",
                column: "locked_at");

            migrationBuilder.CreateIndex(
                name: "ix_lookup_lockouts_member_id_locked_at",
                table: "lookup_lockouts",
                columns: new[] { "member_id", "locked_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "lookup_lockouts");
        }
    }
}
