using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Onboarding.IdentityPortal.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class HelpDeskIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_sign_ins_account_id",
                table: "sign_ins",
                column: "account_id");

            migrationBuilder.CreateIndex(
                name: "ix_password_resets_account_id",
                table: "password_resets",
                column: "account_id");

            migrationBuilder.CreateIndex(
                name: "ix_account_deletions_member_id",
                table: "account_deletions",
                column: "member_id");

            // The help desk's search by the last digits of a phone number (HelpDesk/MemberPhoneSearch): "ends with"
            // is "the reversed number starts with", which a text_pattern_ops b-tree answers as a range scan whatever
            // the database's collation. Expression indexes are not in the EF model, so only here.
            migrationBuilder.Sql(
                "CREATE INDEX ix_asp_net_users_phone_number_reversed ON asp_net_users (reverse(phone_number) text_pattern_ops);");
            migrationBuilder.Sql(
                "CREATE INDEX ix_signup_flows_phone_number_reversed ON signup_flows (reverse(phone_number) text_pattern_ops) WHERE phone_number IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX ix_signup_flows_phone_number_reversed;");
            migrationBuilder.Sql("DROP INDEX ix_asp_net_users_phone_number_reversed;");

            migrationBuilder.DropIndex(
                name: "ix_sign_ins_account_id",
                table: "sign_ins");

            migrationBuilder.DropIndex(
                name: "ix_password_resets_account_id",
                table: "password_resets");

            migrationBuilder.DropIndex(
                name: "ix_account_deletions_member_id",
                table: "account_deletions");
        }
    }
}
