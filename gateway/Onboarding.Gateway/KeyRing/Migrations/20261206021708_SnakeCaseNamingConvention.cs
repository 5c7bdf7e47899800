using Microsoft.EntityFrameworkCore.Migrations;
using Onboarding.ServiceDefaults.Database;

#nullable disable

namespace Onboarding.Gateway.KeyRing.Migrations
{
    /// <inheritdoc />
    public partial class SnakeCaseNamingConvention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.RenameConstraint(table: "data_protection_keys", name: "PK_data_protection_keys", newName: "pk_data_protection_keys");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.RenameConstraint(table: "data_protection_keys", name: "pk_data_protection_keys", newName: "PK_data_protection_keys");
        }
    }
}
