using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Onboarding.WalletLink.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class OneMemberPerProviderWallet : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_linked_wallets_provider_wallet_account_id",
                table: "linked_wallets",
                columns: new[] { "provider", "wallet_account_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_linked_wallets_provider_wallet_account_id",
                table: "linked_wallets");
        }
    }
}
