using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Onboarding.IdentityPortal.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class RetentionIndexesAndLastFailure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "last_failure_at",
                table: "sign_in_lockouts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_signup_flows_expires_at",
                table: "signup_flows",
                column: "expires_at");

            migrationBuilder.CreateIndex(
                name: "ix_sign_ins_expires_at",
                table: "sign_ins",
                column: "expires_at");

            migrationBuilder.CreateIndex(
                name: "ix_sign_in_code_challenges_created_at",
                table: "sign_in_code_challenges",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_phone_code_challenges_created_at",
                table: "phone_code_challenges",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_processed_at",
                table: "inbox_messages",
                column: "processed_at");

            migrationBuilder.CreateIndex(
                name: "ix_email_code_challenges_created_at",
                table: "email_code_challenges",
                column: "created_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_signup_flows_expires_at",
                table: "signup_flows");

            migrationBuilder.DropIndex(
                name: "ix_sign_ins_expires_at",
                table: "sign_ins");

            migrationBuilder.DropIndex(
                name: "ix_sign_in_code_challenges_created_at",
                table: "sign_in_code_challenges");

            migrationBuilder.DropIndex(
                name: "ix_phone_code_challenges_created_at",
                table: "phone_code_challenges");

            migrationBuilder.DropIndex(
                name: "ix_inbox_messages_processed_at",
                table: "inbox_messages");

            migrationBuilder.DropIndex(
                name: "ix_email_code_challenges_created_at",
                table: "email_code_challenges");

            migrationBuilder.DropColumn(
                name: "last_failure_at",
                table: "sign_in_lockouts");
        }
    }
}
