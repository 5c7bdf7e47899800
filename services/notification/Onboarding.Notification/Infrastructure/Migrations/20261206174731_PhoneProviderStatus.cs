using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Onboarding.Notification.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class PhoneProviderStatus : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "provider_error_code",
                table: "deliveries",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "provider_message_id",
                table: "deliveries",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "provider_status",
                table: "deliveries",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "provider_status_at",
                table: "deliveries",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "provider_error_code",
                table: "deliveries");

            migrationBuilder.DropColumn(
                name: "provider_message_id",
                table: "deliveries");

            migrationBuilder.DropColumn(
                name: "provider_status",
                table: "deliveries");

            migrationBuilder.DropColumn(
                name: "provider_status_at",
                table: "deliveries");
        }
    }
}
