using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Onboarding.Membership.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class OnboardingProgress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "onboarding_progress",
                columns: table => new
                {
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    email_confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    portal_account_created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    portal_account_id = table.Column<Guid>(type: "uuid", nullable: true),
                    wallet_linked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    wallet_unlinked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    wallet_provider = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_onboarding_progress", x => x.member_id);
                    table.ForeignKey(
                        name: "FK_onboarding_progress_members_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Members who finished STEP 1 before progress was kept: their STEP 1 is on the member row already.
            migrationBuilder.Sql("""
                INSERT INTO onboarding_progress (member_id, email_confirmed_at, updated_at)
                SELECT id, email_confirmed_at, now() FROM members WHERE email_confirmed_at IS NOT NULL
                ON CONFLICT (member_id) DO NOTHING;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "onboarding_progress");
        }
    }
}
