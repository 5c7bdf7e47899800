using Microsoft.EntityFrameworkCore.Migrations;
using Onboarding.ServiceDefaults.Database;

#nullable disable

namespace Onboarding.WalletSandbox.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class SnakeCaseNamingConvention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameTable(
                name: "OpenIddictTokens",
                newName: "open_iddict_tokens");

            migrationBuilder.RenameTable(
                name: "OpenIddictScopes",
                newName: "open_iddict_scopes");

            migrationBuilder.RenameTable(
                name: "OpenIddictAuthorizations",
                newName: "open_iddict_authorizations");

            migrationBuilder.RenameTable(
                name: "OpenIddictApplications",
                newName: "open_iddict_applications");

            migrationBuilder.RenameColumn(
                name: "Name",
                table: "wallet_users",
                newName: "name");

            migrationBuilder.RenameColumn(
                name: "Contact",
                table: "wallet_users",
                newName: "contact");

            migrationBuilder.RenameColumn(
                name: "Id",
                table: "wallet_users",
                newName: "id");

            migrationBuilder.RenameColumn(
                name: "CreatedAt",
                table: "wallet_users",
                newName: "created_at");

            migrationBuilder.RenameIndex(
                name: "IX_wallet_users_Contact",
                table: "wallet_users",
                newName: "ix_wallet_users_contact");

            migrationBuilder.RenameColumn(
                name: "Type",
                table: "wallet_transactions",
                newName: "type");

            migrationBuilder.RenameColumn(
                name: "Description",
                table: "wallet_transactions",
                newName: "description");

            migrationBuilder.RenameColumn(
                name: "Id",
                table: "wallet_transactions",
                newName: "id");

            migrationBuilder.RenameColumn(
                name: "PointAmount",
                table: "wallet_transactions",
                newName: "point_amount");

            migrationBuilder.RenameColumn(
                name: "MoneyAmount",
                table: "wallet_transactions",
                newName: "money_amount");

            migrationBuilder.RenameColumn(
                name: "DoneAt",
                table: "wallet_transactions",
                newName: "done_at");

            migrationBuilder.RenameColumn(
                name: "AccountId",
                table: "wallet_transactions",
                newName: "account_id");

            migrationBuilder.RenameIndex(
                name: "IX_wallet_transactions_AccountId_DoneAt",
                table: "wallet_transactions",
                newName: "ix_wallet_transactions_account_id_done_at");

            migrationBuilder.RenameColumn(
                name: "Name",
                table: "wallet_accounts",
                newName: "name");

            migrationBuilder.RenameColumn(
                name: "Id",
                table: "wallet_accounts",
                newName: "id");

            migrationBuilder.RenameColumn(
                name: "UserId",
                table: "wallet_accounts",
                newName: "user_id");

            migrationBuilder.RenameColumn(
                name: "PointBalance",
                table: "wallet_accounts",
                newName: "point_balance");

            migrationBuilder.RenameColumn(
                name: "MoneyBalance",
                table: "wallet_accounts",
                newName: "money_balance");

            migrationBuilder.RenameIndex(
                name: "IX_wallet_accounts_UserId",
                table: "wallet_accounts",
                newName: "ix_wallet_accounts_user_id");

            migrationBuilder.RenameColumn(
                name: "Purpose",
                table: "token_keys",
                newName: "purpose");

            migrationBuilder.RenameColumn(
                name: "Pkcs8",
                table: "token_keys",
                newName: "pkcs8");

            migrationBuilder.RenameColumn(
                name: "Id",
                table: "token_keys",
                newName: "id");

            migrationBuilder.RenameColumn(
                name: "CreatedAt",
                table: "token_keys",
                newName: "created_at");

            migrationBuilder.RenameIndex(
                name: "IX_token_keys_Purpose",
                table: "token_keys",
                newName: "ix_token_keys_purpose");

            migrationBuilder.RenameColumn(
                name: "Salt",
                table: "login_challenges",
                newName: "salt");

            migrationBuilder.RenameColumn(
                name: "Contact",
                table: "login_challenges",
                newName: "contact");

            migrationBuilder.RenameColumn(
                name: "Id",
                table: "login_challenges",
                newName: "id");

            migrationBuilder.RenameColumn(
                name: "UsedAt",
                table: "login_challenges",
                newName: "used_at");

            migrationBuilder.RenameColumn(
                name: "FailedAttempts",
                table: "login_challenges",
                newName: "failed_attempts");

            migrationBuilder.RenameColumn(
                name: "ExpiresAt",
                table: "login_challenges",
                newName: "expires_at");

            migrationBuilder.RenameColumn(
                name: "CodeHash",
                table: "login_challenges",
                newName: "code_hash");

            migrationBuilder.RenameColumn(
                name: "Type",
                table: "open_iddict_tokens",
                newName: "type");

            migrationBuilder.RenameColumn(
                name: "Subject",
                table: "open_iddict_tokens",
                newName: "subject");

            migrationBuilder.RenameColumn(
                name: "Status",
                table: "open_iddict_tokens",
                newName: "status");

            migrationBuilder.RenameColumn(
                name: "Properties",
                table: "open_iddict_tokens",
                newName: "properties");

            migrationBuilder.RenameColumn(
                name: "Payload",
                table: "open_iddict_tokens",
                newName: "payload");

            migrationBuilder.RenameColumn(
                name: "Id",
                table: "open_iddict_tokens",
                newName: "id");

            migrationBuilder.RenameColumn(
                name: "ReferenceId",
                table: "open_iddict_tokens",
                newName: "reference_id");

            migrationBuilder.RenameColumn(
                name: "RedemptionDate",
                table: "open_iddict_tokens",
                newName: "redemption_date");

            migrationBuilder.RenameColumn(
                name: "ExpirationDate",
                table: "open_iddict_tokens",
                newName: "expiration_date");

            migrationBuilder.RenameColumn(
                name: "CreationDate",
                table: "open_iddict_tokens",
                newName: "creation_date");

            migrationBuilder.RenameColumn(
                name: "ConcurrencyToken",
                table: "open_iddict_tokens",
                newName: "concurrency_token");

            migrationBuilder.RenameColumn(
                name: "AuthorizationId",
                table: "open_iddict_tokens",
                newName: "authorization_id");

            migrationBuilder.RenameColumn(
                name: "ApplicationId",
                table: "open_iddict_tokens",
                newName: "application_id");

            migrationBuilder.RenameIndex(
                name: "IX_OpenIddictTokens_ReferenceId",
                table: "open_iddict_tokens",
                newName: "ix_open_iddict_tokens_reference_id");

            migrationBuilder.RenameIndex(
                name: "IX_OpenIddictTokens_AuthorizationId",
                table: "open_iddict_tokens",
                newName: "ix_open_iddict_tokens_authorization_id");

            migrationBuilder.RenameIndex(
                name: "IX_OpenIddictTokens_ApplicationId_Status_Subject_Type",
                table: "open_iddict_tokens",
                newName: "ix_open_iddict_tokens_application_id_status_subject_type");

            migrationBuilder.RenameColumn(
                name: "Resources",
                table: "open_iddict_scopes",
                newName: "resources");

            migrationBuilder.RenameColumn(
                name: "Properties",
                table: "open_iddict_scopes",
                newName: "properties");

            migrationBuilder.RenameColumn(
                name: "Name",
                table: "open_iddict_scopes",
                newName: "name");

            migrationBuilder.RenameColumn(
                name: "Descriptions",
                table: "open_iddict_scopes",
                newName: "descriptions");

            migrationBuilder.RenameColumn(
                name: "Description",
                table: "open_iddict_scopes",
                newName: "description");

            migrationBuilder.RenameColumn(
                name: "Id",
                table: "open_iddict_scopes",
                newName: "id");

            migrationBuilder.RenameColumn(
                name: "DisplayNames",
                table: "open_iddict_scopes",
                newName: "display_names");

            migrationBuilder.RenameColumn(
                name: "DisplayName",
                table: "open_iddict_scopes",
                newName: "display_name");

            migrationBuilder.RenameColumn(
                name: "ConcurrencyToken",
                table: "open_iddict_scopes",
                newName: "concurrency_token");

            migrationBuilder.RenameIndex(
                name: "IX_OpenIddictScopes_Name",
                table: "open_iddict_scopes",
                newName: "ix_open_iddict_scopes_name");

            migrationBuilder.RenameColumn(
                name: "Type",
                table: "open_iddict_authorizations",
                newName: "type");

            migrationBuilder.RenameColumn(
                name: "Subject",
                table: "open_iddict_authorizations",
                newName: "subject");

            migrationBuilder.RenameColumn(
                name: "Status",
                table: "open_iddict_authorizations",
                newName: "status");

            migrationBuilder.RenameColumn(
                name: "Scopes",
                table: "open_iddict_authorizations",
                newName: "scopes");

            migrationBuilder.RenameColumn(
                name: "Properties",
                table: "open_iddict_authorizations",
                newName: "properties");

            migrationBuilder.RenameColumn(
                name: "Id",
                table: "open_iddict_authorizations",
                newName: "id");

            migrationBuilder.RenameColumn(
                name: "CreationDate",
                table: "open_iddict_authorizations",
                newName: "creation_date");

            migrationBuilder.RenameColumn(
                name: "ConcurrencyToken",
                table: "open_iddict_authorizations",
                newName: "concurrency_token");

            migrationBuilder.RenameColumn(
                name: "ApplicationId",
                table: "open_iddict_authorizations",
                newName: "application_id");

            migrationBuilder.RenameIndex(
                name: "IX_OpenIddictAuthorizations_ApplicationId_Status_Subject_Type",
                table: "open_iddict_authorizations",
                newName: "ix_open_iddict_authorizations_application_id_status_subject_ty");

            migrationBuilder.RenameColumn(
                name: "Settings",
                table: "open_iddict_applications",
                newName: "settings");

            migrationBuilder.RenameColumn(
                name: "Requirements",
                table: "open_iddict_applications",
                newName: "requirements");

            migrationBuilder.RenameColumn(
                name: "Properties",
                table: "open_iddict_applications",
                newName: "properties");

            migrationBuilder.RenameColumn(
                name: "Permissions",
                table: "open_iddict_applications",
                newName: "permissions");

            migrationBuilder.RenameColumn(
                name: "Id",
                table: "open_iddict_applications",
                newName: "id");

            migrationBuilder.RenameColumn(
                name: "RedirectUris",
                table: "open_iddict_applications",
                newName: "redirect_uris");

            migrationBuilder.RenameColumn(
                name: "PostLogoutRedirectUris",
                table: "open_iddict_applications",
                newName: "post_logout_redirect_uris");

            migrationBuilder.RenameColumn(
                name: "JsonWebKeySet",
                table: "open_iddict_applications",
                newName: "json_web_key_set");

            migrationBuilder.RenameColumn(
                name: "DisplayNames",
                table: "open_iddict_applications",
                newName: "display_names");

            migrationBuilder.RenameColumn(
                name: "DisplayName",
                table: "open_iddict_applications",
                newName: "display_name");

            migrationBuilder.RenameColumn(
                name: "ConsentType",
                table: "open_iddict_applications",
                newName: "consent_type");

            migrationBuilder.RenameColumn(
                name: "ConcurrencyToken",
                table: "open_iddict_applications",
                newName: "concurrency_token");

            migrationBuilder.RenameColumn(
                name: "ClientType",
                table: "open_iddict_applications",
                newName: "client_type");

            migrationBuilder.RenameColumn(
                name: "ClientSecret",
                table: "open_iddict_applications",
                newName: "client_secret");

            migrationBuilder.RenameColumn(
                name: "ClientId",
                table: "open_iddict_applications",
                newName: "client_id");

            migrationBuilder.RenameColumn(
                name: "ApplicationType",
                table: "open_iddict_applications",
                newName: "application_type");

            migrationBuilder.RenameIndex(
                name: "IX_OpenIddictApplications_ClientId",
                table: "open_iddict_applications",
                newName: "ix_open_iddict_applications_client_id");

            migrationBuilder.RenameConstraint(table: "wallet_users", name: "PK_wallet_users", newName: "pk_wallet_users");
            migrationBuilder.RenameConstraint(table: "wallet_transactions", name: "PK_wallet_transactions", newName: "pk_wallet_transactions");
            migrationBuilder.RenameConstraint(table: "wallet_accounts", name: "PK_wallet_accounts", newName: "pk_wallet_accounts");
            migrationBuilder.RenameConstraint(table: "token_keys", name: "PK_token_keys", newName: "pk_token_keys");
            migrationBuilder.RenameConstraint(table: "login_challenges", name: "PK_login_challenges", newName: "pk_login_challenges");
            migrationBuilder.RenameConstraint(table: "open_iddict_tokens", name: "PK_OpenIddictTokens", newName: "pk_open_iddict_tokens");
            migrationBuilder.RenameConstraint(table: "open_iddict_scopes", name: "PK_OpenIddictScopes", newName: "pk_open_iddict_scopes");
            migrationBuilder.RenameConstraint(table: "open_iddict_authorizations", name: "PK_OpenIddictAuthorizations", newName: "pk_open_iddict_authorizations");
            migrationBuilder.RenameConstraint(table: "open_iddict_applications", name: "PK_OpenIddictApplications", newName: "pk_open_iddict_applications");
            migrationBuilder.RenameConstraint(table: "open_iddict_authorizations", name: "FK_OpenIddictAuthorizations_OpenIddictApplications_Application~", newName: "fk_open_iddict_authorizations_open_iddict_applications_applica");
            migrationBuilder.RenameConstraint(table: "open_iddict_tokens", name: "FK_OpenIddictTokens_OpenIddictApplications_ApplicationId", newName: "fk_open_iddict_tokens_open_iddict_applications_application_id");
            migrationBuilder.RenameConstraint(table: "open_iddict_tokens", name: "FK_OpenIddictTokens_OpenIddictAuthorizations_AuthorizationId", newName: "fk_open_iddict_tokens_open_iddict_authorizations_authorization");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameTable(
                name: "open_iddict_tokens",
                newName: "OpenIddictTokens");

            migrationBuilder.RenameTable(
                name: "open_iddict_scopes",
                newName: "OpenIddictScopes");

            migrationBuilder.RenameTable(
                name: "open_iddict_authorizations",
                newName: "OpenIddictAuthorizations");

            migrationBuilder.RenameTable(
                name: "open_iddict_applications",
                newName: "OpenIddictApplications");

            migrationBuilder.RenameColumn(
                name: "name",
                table: "wallet_users",
                newName: "Name");

            migrationBuilder.RenameColumn(
                name: "contact",
                table: "wallet_users",
                newName: "Contact");

            migrationBuilder.RenameColumn(
                name: "id",
                table: "wallet_users",
                newName: "Id");

            migrationBuilder.RenameColumn(
                name: "created_at",
                table: "wallet_users",
                newName: "CreatedAt");

            migrationBuilder.RenameIndex(
                name: "ix_wallet_users_contact",
                table: "wallet_users",
                newName: "IX_wallet_users_Contact");

            migrationBuilder.RenameColumn(
                name: "type",
                table: "wallet_transactions",
                newName: "Type");

            migrationBuilder.RenameColumn(
                name: "description",
                table: "wallet_transactions",
                newName: "Description");

            migrationBuilder.RenameColumn(
                name: "id",
                table: "wallet_transactions",
                newName: "Id");

            migrationBuilder.RenameColumn(
                name: "point_amount",
                table: "wallet_transactions",
                newName: "PointAmount");

            migrationBuilder.RenameColumn(
                name: "money_amount",
                table: "wallet_transactions",
                newName: "MoneyAmount");

            migrationBuilder.RenameColumn(
                name: "done_at",
                table: "wallet_transactions",
                newName: "DoneAt");

            migrationBuilder.RenameColumn(
                name: "account_id",
                table: "wallet_transactions",
                newName: "AccountId");

            migrationBuilder.RenameIndex(
                name: "ix_wallet_transactions_account_id_done_at",
                table: "wallet_transactions",
                newName: "IX_wallet_transactions_AccountId_DoneAt");

            migrationBuilder.RenameColumn(
                name: "name",
                table: "wallet_accounts",
                newName: "Name");

            migrationBuilder.RenameColumn(
                name: "id",
                table: "wallet_accounts",
                newName: "Id");

            migrationBuilder.RenameColumn(
                name: "user_id",
                table: "wallet_accounts",
                newName: "UserId");

            migrationBuilder.RenameColumn(
                name: "point_balance",
                table: "wallet_accounts",
                newName: "PointBalance");

            migrationBuilder.RenameColumn(
                name: "money_balance",
                table: "wallet_accounts",
                newName: "MoneyBalance");

            migrationBuilder.RenameIndex(
                name: "ix_wallet_accounts_user_id",
                table: "wallet_accounts",
                newName: "IX_wallet_accounts_UserId");

            migrationBuilder.RenameColumn(
                name: "purpose",
                table: "token_keys",
                newName: "Purpose");

            migrationBuilder.RenameColumn(
                name: "pkcs8",
                table: "token_keys",
                newName: "Pkcs8");

            migrationBuilder.RenameColumn(
                name: "id",
                table: "token_keys",
                newName: "Id");

            migrationBuilder.RenameColumn(
                name: "created_at",
                table: "token_keys",
                newName: "CreatedAt");

            migrationBuilder.RenameIndex(
                name: "ix_token_keys_purpose",
                table: "token_keys",
                newName: "IX_token_keys_Purpose");

            migrationBuilder.RenameColumn(
                name: "salt",
                table: "login_challenges",
                newName: "Salt");

            migrationBuilder.RenameColumn(
                name: "contact",
                table: "login_challenges",
                newName: "Contact");

            migrationBuilder.RenameColumn(
                name: "id",
                table: "login_challenges",
                newName: "Id");

            migrationBuilder.RenameColumn(
                name: "used_at",
                table: "login_challenges",
                newName: "UsedAt");

            migrationBuilder.RenameColumn(
                name: "failed_attempts",
                table: "login_challenges",
                newName: "FailedAttempts");

            migrationBuilder.RenameColumn(
                name: "expires_at",
                table: "login_challenges",
                newName: "ExpiresAt");

            migrationBuilder.RenameColumn(
                name: "code_hash",
                table: "login_challenges",
                newName: "CodeHash");

            migrationBuilder.RenameColumn(
                name: "type",
                table: "OpenIddictTokens",
                newName: "Type");

            migrationBuilder.RenameColumn(
                name: "subject",
                table: "OpenIddictTokens",
                newName: "Subject");

            migrationBuilder.RenameColumn(
                name: "status",
                table: "OpenIddictTokens",
                newName: "Status");

            migrationBuilder.RenameColumn(
                name: "properties",
                table: "OpenIddictTokens",
                newName: "Properties");

            migrationBuilder.RenameColumn(
                name: "payload",
                table: "OpenIddictTokens",
                newName: "Payload");

            migrationBuilder.RenameColumn(
                name: "id",
                table: "OpenIddictTokens",
                newName: "Id");

            migrationBuilder.RenameColumn(
                name: "reference_id",
                table: "OpenIddictTokens",
                newName: "ReferenceId");

            migrationBuilder.RenameColumn(
                name: "redemption_date",
                table: "OpenIddictTokens",
                newName: "RedemptionDate");

            migrationBuilder.RenameColumn(
                name: "expiration_date",
                table: "OpenIddictTokens",
                newName: "ExpirationDate");

            migrationBuilder.RenameColumn(
                name: "creation_date",
                table: "OpenIddictTokens",
                newName: "CreationDate");

            migrationBuilder.RenameColumn(
                name: "concurrency_token",
                table: "OpenIddictTokens",
                newName: "ConcurrencyToken");

            migrationBuilder.RenameColumn(
                name: "authorization_id",
                table: "OpenIddictTokens",
                newName: "AuthorizationId");

            migrationBuilder.RenameColumn(
                name: "application_id",
                table: "OpenIddictTokens",
                newName: "ApplicationId");

            migrationBuilder.RenameIndex(
                name: "ix_open_iddict_tokens_reference_id",
                table: "OpenIddictTokens",
                newName: "IX_OpenIddictTokens_ReferenceId");

            migrationBuilder.RenameIndex(
                name: "ix_open_iddict_tokens_authorization_id",
                table: "OpenIddictTokens",
                newName: "IX_OpenIddictTokens_AuthorizationId");

            migrationBuilder.RenameIndex(
                name: "ix_open_iddict_tokens_application_id_status_subject_type",
                table: "OpenIddictTokens",
                newName: "IX_OpenIddictTokens_ApplicationId_Status_Subject_Type");

            migrationBuilder.RenameColumn(
                name: "resources",
                table: "OpenIddictScopes",
                newName: "Resources");

            migrationBuilder.RenameColumn(
                name: "properties",
                table: "OpenIddictScopes",
                newName: "Properties");

            migrationBuilder.RenameColumn(
                name: "name",
                table: "OpenIddictScopes",
                newName: "Name");

            migrationBuilder.RenameColumn(
                name: "descriptions",
                table: "OpenIddictScopes",
                newName: "Descriptions");

            migrationBuilder.RenameColumn(
                name: "description",
                table: "OpenIddictScopes",
                newName: "Description");

            migrationBuilder.RenameColumn(
                name: "id",
                table: "OpenIddictScopes",
                newName: "Id");

            migrationBuilder.RenameColumn(
                name: "display_names",
                table: "OpenIddictScopes",
                newName: "DisplayNames");

            migrationBuilder.RenameColumn(
                name: "display_name",
                table: "OpenIddictScopes",
                newName: "DisplayName");

            migrationBuilder.RenameColumn(
                name: "concurrency_token",
                table: "OpenIddictScopes",
                newName: "ConcurrencyToken");

            migrationBuilder.RenameIndex(
                name: "ix_open_iddict_scopes_name",
                table: "OpenIddictScopes",
                newName: "IX_OpenIddictScopes_Name");

            migrationBuilder.RenameColumn(
                name: "type",
                table: "OpenIddictAuthorizations",
                newName: "Type");

            migrationBuilder.RenameColumn(
                name: "subject",
                table: "OpenIddictAuthorizations",
                newName: "Subject");

            migrationBuilder.RenameColumn(
                name: "status",
                table: "OpenIddictAuthorizations",
                newName: "Status");

            migrationBuilder.RenameColumn(
                name: "scopes",
                table: "OpenIddictAuthorizations",
                newName: "Scopes");

            migrationBuilder.RenameColumn(
                name: "properties",
                table: "OpenIddictAuthorizations",
                newName: "Properties");

            migrationBuilder.RenameColumn(
                name: "id",
                table: "OpenIddictAuthorizations",
                newName: "Id");

            migrationBuilder.RenameColumn(
                name: "creation_date",
                table: "OpenIddictAuthorizations",
                newName: "CreationDate");

            migrationBuilder.RenameColumn(
                name: "concurrency_token",
                table: "OpenIddictAuthorizations",
                newName: "ConcurrencyToken");

            migrationBuilder.RenameColumn(
                name: "application_id",
                table: "OpenIddictAuthorizations",
                newName: "ApplicationId");

            migrationBuilder.RenameIndex(
                name: "ix_open_iddict_authorizations_application_id_status_subject_ty",
                table: "OpenIddictAuthorizations",
                newName: "IX_OpenIddictAuthorizations_ApplicationId_Status_Subject_Type");

            migrationBuilder.RenameColumn(
                name: "settings",
                table: "OpenIddictApplications",
                newName: "Settings");

            migrationBuilder.RenameColumn(
                name: "requirements",
                table: "OpenIddictApplications",
                newName: "Requirements");

            migrationBuilder.RenameColumn(
                name: "properties",
                table: "OpenIddictApplications",
                newName: "Properties");

            migrationBuilder.RenameColumn(
                name: "permissions",
                table: "OpenIddictApplications",
                newName: "Permissions");

            migrationBuilder.RenameColumn(
                name: "id",
                table: "OpenIddictApplications",
                newName: "Id");

            migrationBuilder.RenameColumn(
                name: "redirect_uris",
                table: "OpenIddictApplications",
                newName: "RedirectUris");

            migrationBuilder.RenameColumn(
                name: "post_logout_redirect_uris",
                table: "OpenIddictApplications",
                newName: "PostLogoutRedirectUris");

            migrationBuilder.RenameColumn(
                name: "json_web_key_set",
                table: "OpenIddictApplications",
                newName: "JsonWebKeySet");

            migrationBuilder.RenameColumn(
                name: "display_names",
                table: "OpenIddictApplications",
                newName: "DisplayNames");

            migrationBuilder.RenameColumn(
                name: "display_name",
                table: "OpenIddictApplications",
                newName: "DisplayName");

            migrationBuilder.RenameColumn(
                name: "consent_type",
                table: "OpenIddictApplications",
                newName: "ConsentType");

            migrationBuilder.RenameColumn(
                name: "concurrency_token",
                table: "OpenIddictApplications",
                newName: "ConcurrencyToken");

            migrationBuilder.RenameColumn(
                name: "client_type",
                table: "OpenIddictApplications",
                newName: "ClientType");

            migrationBuilder.RenameColumn(
                name: "client_secret",
                table: "OpenIddictApplications",
                newName: "ClientSecret");

            migrationBuilder.RenameColumn(
                name: "client_id",
                table: "OpenIddictApplications",
                newName: "ClientId");

            migrationBuilder.RenameColumn(
                name: "application_type",
                table: "OpenIddictApplications",
                newName: "ApplicationType");

            migrationBuilder.RenameIndex(
                name: "ix_open_iddict_applications_client_id",
                table: "OpenIddictApplications",
                newName: "IX_OpenIddictApplications_ClientId");

            migrationBuilder.RenameConstraint(table: "wallet_users", name: "pk_wallet_users", newName: "PK_wallet_users");
            migrationBuilder.RenameConstraint(table: "wallet_transactions", name: "pk_wallet_transactions", newName: "PK_wallet_transactions");
            migrationBuilder.RenameConstraint(table: "wallet_accounts", name: "pk_wallet_accounts", newName: "PK_wallet_accounts");
            migrationBuilder.RenameConstraint(table: "token_keys", name: "pk_token_keys", newName: "PK_token_keys");
            migrationBuilder.RenameConstraint(table: "login_challenges", name: "pk_login_challenges", newName: "PK_login_challenges");
            migrationBuilder.RenameConstraint(table: "OpenIddictTokens", name: "pk_open_iddict_tokens", newName: "PK_OpenIddictTokens");
            migrationBuilder.RenameConstraint(table: "OpenIddictScopes", name: "pk_open_iddict_scopes", newName: "PK_OpenIddictScopes");
            migrationBuilder.RenameConstraint(table: "OpenIddictAuthorizations", name: "pk_open_iddict_authorizations", newName: "PK_OpenIddictAuthorizations");
            migrationBuilder.RenameConstraint(table: "OpenIddictApplications", name: "pk_open_iddict_applications", newName: "PK_OpenIddictApplications");
            migrationBuilder.RenameConstraint(table: "OpenIddictAuthorizations", name: "fk_open_iddict_authorizations_open_iddict_applications_applica", newName: "FK_OpenIddictAuthorizations_OpenIddictApplications_Application~");
            migrationBuilder.RenameConstraint(table: "OpenIddictTokens", name: "fk_open_iddict_tokens_open_iddict_applications_application_id", newName: "FK_OpenIddictTokens_OpenIddictApplications_ApplicationId");
            migrationBuilder.RenameConstraint(table: "OpenIddictTokens", name: "fk_open_iddict_tokens_open_iddict_authorizations_authorization", newName: "FK_OpenIddictTokens_OpenIddictAuthorizations_AuthorizationId");
        }
    }
}
