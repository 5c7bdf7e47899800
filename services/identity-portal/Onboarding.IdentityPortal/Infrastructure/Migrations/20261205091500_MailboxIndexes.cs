using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Onboarding.IdentityPortal.Infrastructure.Migrations
{
    /// <summary>
    /// Addresses are compared per mailbox (<c>lower(email)</c>, see Domain/MailboxAddress): STEP 1's confirmed address
    /// found from the address typed in STEP 2, and the daily code caps counted per mailbox. Expression indexes only, so
    /// the EF model (and its snapshot) does not change.
    /// </summary>
    [DbContext(typeof(IdentityDbContext))]
    [Migration("20261205091500_MailboxIndexes")]
    public partial class MailboxIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE INDEX ix_confirmed_addresses_mailbox ON confirmed_addresses (lower(email));");
            migrationBuilder.Sql("CREATE INDEX ix_email_code_challenges_mailbox_created_at ON email_code_challenges (lower(email), created_at);");
            migrationBuilder.Sql("CREATE INDEX ix_sign_in_code_challenges_mailbox_created_at ON sign_in_code_challenges (lower(email), created_at);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX ix_sign_in_code_challenges_mailbox_created_at;");
            migrationBuilder.Sql("DROP INDEX ix_email_code_challenges_mailbox_created_at;");
            migrationBuilder.Sql("DROP INDEX ix_confirmed_addresses_mailbox;");
        }
    }
}
