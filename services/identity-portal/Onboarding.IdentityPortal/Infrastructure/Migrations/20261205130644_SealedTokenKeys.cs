using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Onboarding.IdentityPortal.Infrastructure.Migrations
{
    /// <summary>
    /// Token keys are stored sealed under the key-encryption key, no longer as PEM: the column is renamed to say so.
    /// Rows already there keep their plain PEM until the service's first start re-seals them (TokenKeyStartupCheck).
    /// </summary>
    public partial class SealedTokenKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "private_key_pem",
                table: "token_keys",
                newName: "private_key");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "private_key",
                table: "token_keys",
                newName: "private_key_pem");
        }
    }
}
