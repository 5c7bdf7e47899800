using Microsoft.EntityFrameworkCore.Migrations;
using Onboarding.ServiceDefaults.Database;

#nullable disable

namespace Onboarding.Notification.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class SnakeCaseNamingConvention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameIndex(
                name: "IX_deliveries_command_id",
                table: "deliveries",
                newName: "ix_deliveries_command_id");

            migrationBuilder.RenameConstraint(table: "phone_messages", name: "PK_phone_messages", newName: "pk_phone_messages");
            migrationBuilder.RenameConstraint(table: "outbox_messages", name: "PK_outbox_messages", newName: "pk_outbox_messages");
            migrationBuilder.RenameConstraint(table: "inbox_messages", name: "PK_inbox_messages", newName: "pk_inbox_messages");
            migrationBuilder.RenameConstraint(table: "deliveries", name: "PK_deliveries", newName: "pk_deliveries");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameIndex(
                name: "ix_deliveries_command_id",
                table: "deliveries",
                newName: "IX_deliveries_command_id");

            migrationBuilder.RenameConstraint(table: "phone_messages", name: "pk_phone_messages", newName: "PK_phone_messages");
            migrationBuilder.RenameConstraint(table: "outbox_messages", name: "pk_outbox_messages", newName: "PK_outbox_messages");
            migrationBuilder.RenameConstraint(table: "inbox_messages", name: "pk_inbox_messages", newName: "PK_inbox_messages");
            migrationBuilder.RenameConstraint(table: "deliveries", name: "pk_deliveries", newName: "PK_deliveries");
        }
    }
}
