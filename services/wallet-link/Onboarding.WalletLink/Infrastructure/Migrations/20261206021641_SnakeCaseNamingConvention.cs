using Microsoft.EntityFrameworkCore.Migrations;
using Onboarding.ServiceDefaults.Database;

#nullable disable

namespace Onboarding.WalletLink.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class SnakeCaseNamingConvention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameIndex(
                name: "IX_linked_wallets_provider_wallet_account_id",
                table: "linked_wallets",
                newName: "ix_linked_wallets_provider_wallet_account_id");

            migrationBuilder.RenameIndex(
                name: "IX_link_attempts_state_hash",
                table: "link_attempts",
                newName: "ix_link_attempts_state_hash");

            migrationBuilder.RenameIndex(
                name: "IX_link_attempts_member_id",
                table: "link_attempts",
                newName: "ix_link_attempts_member_id");

            migrationBuilder.RenameColumn(
                name: "Xml",
                table: "data_protection_keys",
                newName: "xml");

            migrationBuilder.RenameColumn(
                name: "Id",
                table: "data_protection_keys",
                newName: "id");

            migrationBuilder.RenameColumn(
                name: "FriendlyName",
                table: "data_protection_keys",
                newName: "friendly_name");

            migrationBuilder.RenameConstraint(table: "outbox_messages", name: "PK_outbox_messages", newName: "pk_outbox_messages");
            migrationBuilder.RenameConstraint(table: "linked_wallets", name: "PK_linked_wallets", newName: "pk_linked_wallets");
            migrationBuilder.RenameConstraint(table: "link_attempts", name: "PK_link_attempts", newName: "pk_link_attempts");
            migrationBuilder.RenameConstraint(table: "inbox_messages", name: "PK_inbox_messages", newName: "pk_inbox_messages");
            migrationBuilder.RenameConstraint(table: "data_protection_keys", name: "PK_data_protection_keys", newName: "pk_data_protection_keys");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameIndex(
                name: "ix_linked_wallets_provider_wallet_account_id",
                table: "linked_wallets",
                newName: "IX_linked_wallets_provider_wallet_account_id");

            migrationBuilder.RenameIndex(
                name: "ix_link_attempts_state_hash",
                table: "link_attempts",
                newName: "IX_link_attempts_state_hash");

            migrationBuilder.RenameIndex(
                name: "ix_link_attempts_member_id",
                table: "link_attempts",
                newName: "IX_link_attempts_member_id");

            migrationBuilder.RenameColumn(
                name: "xml",
                table: "data_protection_keys",
                newName: "Xml");

            migrationBuilder.RenameColumn(
                name: "id",
                table: "data_protection_keys",
                newName: "Id");

            migrationBuilder.RenameColumn(
                name: "friendly_name",
                table: "data_protection_keys",
                newName: "FriendlyName");

            migrationBuilder.RenameConstraint(table: "outbox_messages", name: "pk_outbox_messages", newName: "PK_outbox_messages");
            migrationBuilder.RenameConstraint(table: "linked_wallets", name: "pk_linked_wallets", newName: "PK_linked_wallets");
            migrationBuilder.RenameConstraint(table: "link_attempts", name: "pk_link_attempts", newName: "PK_link_attempts");
            migrationBuilder.RenameConstraint(table: "inbox_messages", name: "pk_inbox_messages", newName: "PK_inbox_messages");
            migrationBuilder.RenameConstraint(table: "data_protection_keys", name: "pk_data_protection_keys", newName: "PK_data_protection_keys");
        }
    }
}
