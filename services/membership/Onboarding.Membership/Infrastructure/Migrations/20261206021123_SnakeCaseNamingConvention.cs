using Microsoft.EntityFrameworkCore.Migrations;
using Onboarding.ServiceDefaults.Database;

#nullable disable

namespace Onboarding.Membership.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class SnakeCaseNamingConvention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameIndex(
                name: "IX_passcode_challenges_member_id_created_at",
                table: "passcode_challenges",
                newName: "ix_passcode_challenges_member_id_created_at");

            migrationBuilder.RenameIndex(
                name: "IX_members_member_number",
                table: "members",
                newName: "ix_members_member_number");

            migrationBuilder.RenameIndex(
                name: "IX_lookups_member_id",
                table: "lookups",
                newName: "ix_lookups_member_id");

            migrationBuilder.RenameConstraint(table: "passcode_challenges", name: "PK_passcode_challenges", newName: "pk_passcode_challenges");
            migrationBuilder.RenameConstraint(table: "outbox_messages", name: "PK_outbox_messages", newName: "pk_outbox_messages");
            migrationBuilder.RenameConstraint(table: "onboarding_progress", name: "PK_onboarding_progress", newName: "pk_onboarding_progress");
            migrationBuilder.RenameConstraint(table: "members", name: "PK_members", newName: "pk_members");
            migrationBuilder.RenameConstraint(table: "lookups", name: "PK_lookups", newName: "pk_lookups");
            migrationBuilder.RenameConstraint(table: "lookup_client_budgets", name: "PK_lookup_client_budgets", newName: "pk_lookup_client_budgets");
            migrationBuilder.RenameConstraint(table: "lookup_attempt_budgets", name: "PK_lookup_attempt_budgets", newName: "pk_lookup_attempt_budgets");
            migrationBuilder.RenameConstraint(table: "inbox_messages", name: "PK_inbox_messages", newName: "pk_inbox_messages");
            migrationBuilder.RenameConstraint(table: "lookups", name: "FK_lookups_members_member_id", newName: "fk_lookups_members_member_id");
            migrationBuilder.RenameConstraint(table: "onboarding_progress", name: "FK_onboarding_progress_members_member_id", newName: "fk_onboarding_progress_members_member_id");
            migrationBuilder.RenameConstraint(table: "passcode_challenges", name: "FK_passcode_challenges_members_member_id", newName: "fk_passcode_challenges_members_member_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameIndex(
                name: "ix_passcode_challenges_member_id_created_at",
                table: "passcode_challenges",
                newName: "IX_passcode_challenges_member_id_created_at");

            migrationBuilder.RenameIndex(
                name: "ix_members_member_number",
                table: "members",
                newName: "IX_members_member_number");

            migrationBuilder.RenameIndex(
                name: "ix_lookups_member_id",
                table: "lookups",
                newName: "IX_lookups_member_id");

            migrationBuilder.RenameConstraint(table: "passcode_challenges", name: "pk_passcode_challenges", newName: "PK_passcode_challenges");
            migrationBuilder.RenameConstraint(table: "outbox_messages", name: "pk_outbox_messages", newName: "PK_outbox_messages");
            migrationBuilder.RenameConstraint(table: "onboarding_progress", name: "pk_onboarding_progress", newName: "PK_onboarding_progress");
            migrationBuilder.RenameConstraint(table: "members", name: "pk_members", newName: "PK_members");
            migrationBuilder.RenameConstraint(table: "lookups", name: "pk_lookups", newName: "PK_lookups");
            migrationBuilder.RenameConstraint(table: "lookup_client_budgets", name: "pk_lookup_client_budgets", newName: "PK_lookup_client_budgets");
            migrationBuilder.RenameConstraint(table: "lookup_attempt_budgets", name: "pk_lookup_attempt_budgets", newName: "PK_lookup_attempt_budgets");
            migrationBuilder.RenameConstraint(table: "inbox_messages", name: "pk_inbox_messages", newName: "PK_inbox_messages");
            migrationBuilder.RenameConstraint(table: "lookups", name: "fk_lookups_members_member_id", newName: "FK_lookups_members_member_id");
            migrationBuilder.RenameConstraint(table: "onboarding_progress", name: "fk_onboarding_progress_members_member_id", newName: "FK_onboarding_progress_members_member_id");
            migrationBuilder.RenameConstraint(table: "passcode_challenges", name: "fk_passcode_challenges_members_member_id", newName: "FK_passcode_challenges_members_member_id");
        }
    }
}
