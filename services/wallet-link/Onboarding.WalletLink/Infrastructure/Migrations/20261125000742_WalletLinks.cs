using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Onboarding.WalletLink.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class WalletLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_protection_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "link_attempts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    state_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    protected_code_verifier = table.Column<string>(type: "text", nullable: false),
                    return_path = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    used_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_link_attempts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "linked_wallets",
                columns: table => new
                {
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    provider = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    wallet_user_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    wallet_account_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    protected_access_token = table.Column<string>(type: "text", nullable: false),
                    protected_refresh_token = table.Column<string>(type: "text", nullable: false),
                    access_token_expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    linked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_linked_wallets", x => x.member_id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_link_attempts_member_id",
                table: "link_attempts",
                column: "member_id");

            migrationBuilder.CreateIndex(
                name: "IX_link_attempts_state_hash",
                table: "link_attempts",
                column: "state_hash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "link_attempts");

            migrationBuilder.DropTable(
                name: "linked_wallets");
        }
    }
}
