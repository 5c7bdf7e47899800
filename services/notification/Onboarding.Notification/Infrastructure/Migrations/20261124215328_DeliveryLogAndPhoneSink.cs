using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Onboarding.Notification.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class DeliveryLogAndPhoneSink : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The e-mail log becomes the log of every channel: renamed, not recreated, so existing rows stay.
            migrationBuilder.RenameTable(
                name: "email_deliveries",
                newName: "deliveries");

            migrationBuilder.Sql("""ALTER TABLE deliveries RENAME CONSTRAINT "PK_email_deliveries" TO "PK_deliveries";""");

            migrationBuilder.RenameIndex(
                name: "IX_email_deliveries_command_id",
                table: "deliveries",
                newName: "IX_deliveries_command_id");

            migrationBuilder.AddColumn<string>(
                name: "channel",
                table: "deliveries",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Email");

            migrationBuilder.AddColumn<int>(
                name: "attempts",
                table: "deliveries",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "last_attempt_at",
                table: "deliveries",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "phone_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    to = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_phone_messages", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_phone_messages_to_created_at",
                table: "phone_messages",
                columns: new[] { "to", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "phone_messages");

            migrationBuilder.Sql("DELETE FROM deliveries WHERE channel <> 'Email';");

            migrationBuilder.DropColumn(
                name: "channel",
                table: "deliveries");

            migrationBuilder.DropColumn(
                name: "attempts",
                table: "deliveries");

            migrationBuilder.DropColumn(
                name: "last_attempt_at",
                table: "deliveries");

            migrationBuilder.RenameIndex(
                name: "IX_deliveries_command_id",
                table: "deliveries",
                newName: "IX_email_deliveries_command_id");

            migrationBuilder.Sql("""ALTER TABLE deliveries RENAME CONSTRAINT "PK_deliveries" TO "PK_email_deliveries";""");

            migrationBuilder.RenameTable(
                name: "deliveries",
                newName: "email_deliveries");
        }
    }
}
