using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Onboarding.Notification.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class DeliveryRecipientHash : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "recipient_hash",
                table: "deliveries",
                type: "bytea",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_deliveries_recipient_hash_queued_at",
                table: "deliveries",
                columns: new[] { "recipient_hash", "queued_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_deliveries_recipient_hash_queued_at",
                table: "deliveries");

            migrationBuilder.DropColumn(
                name: "recipient_hash",
                table: "deliveries");
        }
    }
}
