using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Onboarding.Notification.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class RetentionIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_phone_messages_created_at",
                table: "phone_messages",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_processed_at",
                table: "inbox_messages",
                column: "processed_at");

            migrationBuilder.CreateIndex(
                name: "ix_deliveries_queued_at",
                table: "deliveries",
                column: "queued_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_phone_messages_created_at",
                table: "phone_messages");

            migrationBuilder.DropIndex(
                name: "ix_inbox_messages_processed_at",
                table: "inbox_messages");

            migrationBuilder.DropIndex(
                name: "ix_deliveries_queued_at",
                table: "deliveries");
        }
    }
}
