using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Onboarding.IdentityPortal.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Step2Signups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "confirmed_addresses",
                columns: table => new
                {
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_number = table.Column<string>(type: "character(12)", fixedLength: true, maxLength: 12, nullable: false),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    account_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_confirmed_addresses", x => x.member_id);
                });

            migrationBuilder.CreateTable(
                name: "signup_flows",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    email_verified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_signup_flows", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "email_code_challenges",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    signup_id = table.Column<Guid>(type: "uuid", nullable: false),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    code_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    resend_available_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    failed_attempts = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    used_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_email_code_challenges", x => x.id);
                    table.ForeignKey(
                        name: "FK_email_code_challenges_signup_flows_signup_id",
                        column: x => x.signup_id,
                        principalTable: "signup_flows",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_confirmed_addresses_email",
                table: "confirmed_addresses",
                column: "email");

            migrationBuilder.CreateIndex(
                name: "IX_email_code_challenges_email_created_at",
                table: "email_code_challenges",
                columns: new[] { "email", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_email_code_challenges_signup_id_created_at",
                table: "email_code_challenges",
                columns: new[] { "signup_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_signup_flows_member_id",
                table: "signup_flows",
                column: "member_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "confirmed_addresses");

            migrationBuilder.DropTable(
                name: "email_code_challenges");

            migrationBuilder.DropTable(
                name: "signup_flows");
        }
    }
}
