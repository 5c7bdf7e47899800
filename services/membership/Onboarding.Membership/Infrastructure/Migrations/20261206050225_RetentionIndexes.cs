using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Onboarding.Membership.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class RetentionIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_passcode_challenges_created_at",
                table: "passcode_challenges",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_lookups_expires_at",
                table: "lookups",
                column: "expires_at");

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_processed_at",
                table: "inbox_messages",
                column: "processed_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_passcode_challenges_created_at",
                table: "passcode_challenges");

            migrationBuilder.DropIndex(
                name: "ix_lookups_expires_at",
                table: "lookups");

            migrationBuilder.DropIndex(
                name: "ix_inbox_messages_processed_at",
                table: "inbox_messages");
        }
    }
}
