using Microsoft.EntityFrameworkCore.Migrations;
using Onboarding.ServiceDefaults.Database;

#nullable disable

namespace Onboarding.IdentityPortal.Infrastructure.Migrations
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

            migrationBuilder.RenameTable(
                name: "AspNetUserTokens",
                newName: "asp_net_user_tokens");

            migrationBuilder.RenameTable(
                name: "AspNetUsers",
                newName: "asp_net_users");

            migrationBuilder.RenameTable(
                name: "AspNetUserRoles",
                newName: "asp_net_user_roles");

            migrationBuilder.RenameTable(
                name: "AspNetUserLogins",
                newName: "asp_net_user_logins");

            migrationBuilder.RenameTable(
                name: "AspNetUserClaims",
                newName: "asp_net_user_claims");

            migrationBuilder.RenameTable(
                name: "AspNetRoles",
                newName: "asp_net_roles");

            migrationBuilder.RenameTable(
                name: "AspNetRoleClaims",
                newName: "asp_net_role_claims");

            migrationBuilder.RenameIndex(
                name: "IX_token_keys_use_created_at",
                table: "token_keys",
                newName: "ix_token_keys_use_created_at");

            migrationBuilder.RenameIndex(
                name: "IX_signup_flows_member_id",
                table: "signup_flows",
                newName: "ix_signup_flows_member_id");

            migrationBuilder.RenameIndex(
                name: "IX_sign_in_code_challenges_sign_in_id_created_at",
                table: "sign_in_code_challenges",
                newName: "ix_sign_in_code_challenges_sign_in_id_created_at");

            migrationBuilder.RenameIndex(
                name: "IX_sign_in_code_challenges_email_created_at",
                table: "sign_in_code_challenges",
                newName: "ix_sign_in_code_challenges_email_created_at");

            migrationBuilder.RenameIndex(
                name: "IX_phone_code_challenges_signup_id_created_at",
                table: "phone_code_challenges",
                newName: "ix_phone_code_challenges_signup_id_created_at");

            migrationBuilder.RenameIndex(
                name: "IX_phone_code_challenges_phone_number_created_at",
                table: "phone_code_challenges",
                newName: "ix_phone_code_challenges_phone_number_created_at");

            migrationBuilder.RenameIndex(
                name: "IX_email_code_challenges_signup_id_created_at",
                table: "email_code_challenges",
                newName: "ix_email_code_challenges_signup_id_created_at");

            migrationBuilder.RenameIndex(
                name: "IX_email_code_challenges_email_created_at",
                table: "email_code_challenges",
                newName: "ix_email_code_challenges_email_created_at");

            migrationBuilder.RenameIndex(
                name: "IX_confirmed_addresses_email",
                table: "confirmed_addresses",
                newName: "ix_confirmed_addresses_email");

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

            migrationBuilder.RenameColumn(
                name: "Value",
                table: "asp_net_user_tokens",
                newName: "value");

            migrationBuilder.RenameColumn(
                name: "Name",
                table: "asp_net_user_tokens",
                newName: "name");

            migrationBuilder.RenameColumn(
                name: "LoginProvider",
                table: "asp_net_user_tokens",
                newName: "login_provider");

            migrationBuilder.RenameColumn(
                name: "UserId",
                table: "asp_net_user_tokens",
                newName: "user_id");

            migrationBuilder.RenameColumn(
                name: "Email",
                table: "asp_net_users",
                newName: "email");

            migrationBuilder.RenameColumn(
                name: "Id",
                table: "asp_net_users",
                newName: "id");

            migrationBuilder.RenameColumn(
                name: "UserName",
                table: "asp_net_users",
                newName: "user_name");

            migrationBuilder.RenameColumn(
                name: "TwoFactorEnabled",
                table: "asp_net_users",
                newName: "two_factor_enabled");

            migrationBuilder.RenameColumn(
                name: "SecurityStamp",
                table: "asp_net_users",
                newName: "security_stamp");

            migrationBuilder.RenameColumn(
                name: "PhoneNumberConfirmed",
                table: "asp_net_users",
                newName: "phone_number_confirmed");

            migrationBuilder.RenameColumn(
                name: "PhoneNumber",
                table: "asp_net_users",
                newName: "phone_number");

            migrationBuilder.RenameColumn(
                name: "PasswordHash",
                table: "asp_net_users",
                newName: "password_hash");

            migrationBuilder.RenameColumn(
                name: "NormalizedUserName",
                table: "asp_net_users",
                newName: "normalized_user_name");

            migrationBuilder.RenameColumn(
                name: "NormalizedEmail",
                table: "asp_net_users",
                newName: "normalized_email");

            migrationBuilder.RenameColumn(
                name: "LockoutEnd",
                table: "asp_net_users",
                newName: "lockout_end");

            migrationBuilder.RenameColumn(
                name: "LockoutEnabled",
                table: "asp_net_users",
                newName: "lockout_enabled");

            migrationBuilder.RenameColumn(
                name: "EmailConfirmed",
                table: "asp_net_users",
                newName: "email_confirmed");

            migrationBuilder.RenameColumn(
                name: "ConcurrencyStamp",
                table: "asp_net_users",
                newName: "concurrency_stamp");

            migrationBuilder.RenameColumn(
                name: "AccessFailedCount",
                table: "asp_net_users",
                newName: "access_failed_count");

            migrationBuilder.RenameIndex(
                name: "IX_AspNetUsers_member_id",
                table: "asp_net_users",
                newName: "ix_asp_net_users_member_id");

            migrationBuilder.RenameColumn(
                name: "RoleId",
                table: "asp_net_user_roles",
                newName: "role_id");

            migrationBuilder.RenameColumn(
                name: "UserId",
                table: "asp_net_user_roles",
                newName: "user_id");

            migrationBuilder.RenameIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "asp_net_user_roles",
                newName: "ix_asp_net_user_roles_role_id");

            migrationBuilder.RenameColumn(
                name: "UserId",
                table: "asp_net_user_logins",
                newName: "user_id");

            migrationBuilder.RenameColumn(
                name: "ProviderDisplayName",
                table: "asp_net_user_logins",
                newName: "provider_display_name");

            migrationBuilder.RenameColumn(
                name: "ProviderKey",
                table: "asp_net_user_logins",
                newName: "provider_key");

            migrationBuilder.RenameColumn(
                name: "LoginProvider",
                table: "asp_net_user_logins",
                newName: "login_provider");

            migrationBuilder.RenameIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "asp_net_user_logins",
                newName: "ix_asp_net_user_logins_user_id");

            migrationBuilder.RenameColumn(
                name: "Id",
                table: "asp_net_user_claims",
                newName: "id");

            migrationBuilder.RenameColumn(
                name: "UserId",
                table: "asp_net_user_claims",
                newName: "user_id");

            migrationBuilder.RenameColumn(
                name: "ClaimValue",
                table: "asp_net_user_claims",
                newName: "claim_value");

            migrationBuilder.RenameColumn(
                name: "ClaimType",
                table: "asp_net_user_claims",
                newName: "claim_type");

            migrationBuilder.RenameIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "asp_net_user_claims",
                newName: "ix_asp_net_user_claims_user_id");

            migrationBuilder.RenameColumn(
                name: "Name",
                table: "asp_net_roles",
                newName: "name");

            migrationBuilder.RenameColumn(
                name: "Id",
                table: "asp_net_roles",
                newName: "id");

            migrationBuilder.RenameColumn(
                name: "NormalizedName",
                table: "asp_net_roles",
                newName: "normalized_name");

            migrationBuilder.RenameColumn(
                name: "ConcurrencyStamp",
                table: "asp_net_roles",
                newName: "concurrency_stamp");

            migrationBuilder.RenameColumn(
                name: "Id",
                table: "asp_net_role_claims",
                newName: "id");

            migrationBuilder.RenameColumn(
                name: "RoleId",
                table: "asp_net_role_claims",
                newName: "role_id");

            migrationBuilder.RenameColumn(
                name: "ClaimValue",
                table: "asp_net_role_claims",
                newName: "claim_value");

            migrationBuilder.RenameColumn(
                name: "ClaimType",
                table: "asp_net_role_claims",
                newName: "claim_type");

            migrationBuilder.RenameIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "asp_net_role_claims",
                newName: "ix_asp_net_role_claims_role_id");

            migrationBuilder.RenameConstraint(table: "token_keys", name: "PK_token_keys", newName: "pk_token_keys");
            migrationBuilder.RenameConstraint(table: "signup_flows", name: "PK_signup_flows", newName: "pk_signup_flows");
            migrationBuilder.RenameConstraint(table: "sign_ins", name: "PK_sign_ins", newName: "pk_sign_ins");
            migrationBuilder.RenameConstraint(table: "sign_in_lockouts", name: "PK_sign_in_lockouts", newName: "pk_sign_in_lockouts");
            migrationBuilder.RenameConstraint(table: "sign_in_code_challenges", name: "PK_sign_in_code_challenges", newName: "pk_sign_in_code_challenges");
            migrationBuilder.RenameConstraint(table: "phone_code_challenges", name: "PK_phone_code_challenges", newName: "pk_phone_code_challenges");
            migrationBuilder.RenameConstraint(table: "outbox_messages", name: "PK_outbox_messages", newName: "pk_outbox_messages");
            migrationBuilder.RenameConstraint(table: "inbox_messages", name: "PK_inbox_messages", newName: "pk_inbox_messages");
            migrationBuilder.RenameConstraint(table: "email_code_challenges", name: "PK_email_code_challenges", newName: "pk_email_code_challenges");
            migrationBuilder.RenameConstraint(table: "confirmed_addresses", name: "PK_confirmed_addresses", newName: "pk_confirmed_addresses");
            migrationBuilder.RenameConstraint(table: "open_iddict_tokens", name: "PK_OpenIddictTokens", newName: "pk_open_iddict_tokens");
            migrationBuilder.RenameConstraint(table: "open_iddict_scopes", name: "PK_OpenIddictScopes", newName: "pk_open_iddict_scopes");
            migrationBuilder.RenameConstraint(table: "open_iddict_authorizations", name: "PK_OpenIddictAuthorizations", newName: "pk_open_iddict_authorizations");
            migrationBuilder.RenameConstraint(table: "open_iddict_applications", name: "PK_OpenIddictApplications", newName: "pk_open_iddict_applications");
            migrationBuilder.RenameConstraint(table: "asp_net_user_tokens", name: "PK_AspNetUserTokens", newName: "pk_asp_net_user_tokens");
            migrationBuilder.RenameConstraint(table: "asp_net_users", name: "PK_AspNetUsers", newName: "pk_asp_net_users");
            migrationBuilder.RenameConstraint(table: "asp_net_user_roles", name: "PK_AspNetUserRoles", newName: "pk_asp_net_user_roles");
            migrationBuilder.RenameConstraint(table: "asp_net_user_logins", name: "PK_AspNetUserLogins", newName: "pk_asp_net_user_logins");
            migrationBuilder.RenameConstraint(table: "asp_net_user_claims", name: "PK_AspNetUserClaims", newName: "pk_asp_net_user_claims");
            migrationBuilder.RenameConstraint(table: "asp_net_roles", name: "PK_AspNetRoles", newName: "pk_asp_net_roles");
            migrationBuilder.RenameConstraint(table: "asp_net_role_claims", name: "PK_AspNetRoleClaims", newName: "pk_asp_net_role_claims");
            migrationBuilder.RenameConstraint(table: "asp_net_role_claims", name: "FK_AspNetRoleClaims_AspNetRoles_RoleId", newName: "fk_asp_net_role_claims_asp_net_roles_role_id");
            migrationBuilder.RenameConstraint(table: "asp_net_user_claims", name: "FK_AspNetUserClaims_AspNetUsers_UserId", newName: "fk_asp_net_user_claims_asp_net_users_user_id");
            migrationBuilder.RenameConstraint(table: "asp_net_user_logins", name: "FK_AspNetUserLogins_AspNetUsers_UserId", newName: "fk_asp_net_user_logins_asp_net_users_user_id");
            migrationBuilder.RenameConstraint(table: "asp_net_user_roles", name: "FK_AspNetUserRoles_AspNetRoles_RoleId", newName: "fk_asp_net_user_roles_asp_net_roles_role_id");
            migrationBuilder.RenameConstraint(table: "asp_net_user_roles", name: "FK_AspNetUserRoles_AspNetUsers_UserId", newName: "fk_asp_net_user_roles_asp_net_users_user_id");
            migrationBuilder.RenameConstraint(table: "asp_net_user_tokens", name: "FK_AspNetUserTokens_AspNetUsers_UserId", newName: "fk_asp_net_user_tokens_asp_net_users_user_id");
            migrationBuilder.RenameConstraint(table: "email_code_challenges", name: "FK_email_code_challenges_signup_flows_signup_id", newName: "fk_email_code_challenges_signup_flows_signup_id");
            migrationBuilder.RenameConstraint(table: "open_iddict_authorizations", name: "FK_OpenIddictAuthorizations_OpenIddictApplications_Application~", newName: "fk_open_iddict_authorizations_open_iddict_applications_applica");
            migrationBuilder.RenameConstraint(table: "open_iddict_tokens", name: "FK_OpenIddictTokens_OpenIddictApplications_ApplicationId", newName: "fk_open_iddict_tokens_open_iddict_applications_application_id");
            migrationBuilder.RenameConstraint(table: "open_iddict_tokens", name: "FK_OpenIddictTokens_OpenIddictAuthorizations_AuthorizationId", newName: "fk_open_iddict_tokens_open_iddict_authorizations_authorization");
            migrationBuilder.RenameConstraint(table: "phone_code_challenges", name: "FK_phone_code_challenges_signup_flows_signup_id", newName: "fk_phone_code_challenges_signup_flows_signup_id");
            migrationBuilder.RenameConstraint(table: "sign_in_code_challenges", name: "FK_sign_in_code_challenges_sign_ins_sign_in_id", newName: "fk_sign_in_code_challenges_sign_ins_sign_in_id");
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

            migrationBuilder.RenameTable(
                name: "asp_net_users",
                newName: "AspNetUsers");

            migrationBuilder.RenameTable(
                name: "asp_net_user_tokens",
                newName: "AspNetUserTokens");

            migrationBuilder.RenameTable(
                name: "asp_net_user_roles",
                newName: "AspNetUserRoles");

            migrationBuilder.RenameTable(
                name: "asp_net_user_logins",
                newName: "AspNetUserLogins");

            migrationBuilder.RenameTable(
                name: "asp_net_user_claims",
                newName: "AspNetUserClaims");

            migrationBuilder.RenameTable(
                name: "asp_net_roles",
                newName: "AspNetRoles");

            migrationBuilder.RenameTable(
                name: "asp_net_role_claims",
                newName: "AspNetRoleClaims");

            migrationBuilder.RenameIndex(
                name: "ix_token_keys_use_created_at",
                table: "token_keys",
                newName: "IX_token_keys_use_created_at");

            migrationBuilder.RenameIndex(
                name: "ix_signup_flows_member_id",
                table: "signup_flows",
                newName: "IX_signup_flows_member_id");

            migrationBuilder.RenameIndex(
                name: "ix_sign_in_code_challenges_sign_in_id_created_at",
                table: "sign_in_code_challenges",
                newName: "IX_sign_in_code_challenges_sign_in_id_created_at");

            migrationBuilder.RenameIndex(
                name: "ix_sign_in_code_challenges_email_created_at",
                table: "sign_in_code_challenges",
                newName: "IX_sign_in_code_challenges_email_created_at");

            migrationBuilder.RenameIndex(
                name: "ix_phone_code_challenges_signup_id_created_at",
                table: "phone_code_challenges",
                newName: "IX_phone_code_challenges_signup_id_created_at");

            migrationBuilder.RenameIndex(
                name: "ix_phone_code_challenges_phone_number_created_at",
                table: "phone_code_challenges",
                newName: "IX_phone_code_challenges_phone_number_created_at");

            migrationBuilder.RenameIndex(
                name: "ix_email_code_challenges_signup_id_created_at",
                table: "email_code_challenges",
                newName: "IX_email_code_challenges_signup_id_created_at");

            migrationBuilder.RenameIndex(
                name: "ix_email_code_challenges_email_created_at",
                table: "email_code_challenges",
                newName: "IX_email_code_challenges_email_created_at");

            migrationBuilder.RenameIndex(
                name: "ix_confirmed_addresses_email",
                table: "confirmed_addresses",
                newName: "IX_confirmed_addresses_email");

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

            migrationBuilder.RenameColumn(
                name: "email",
                table: "AspNetUsers",
                newName: "Email");

            migrationBuilder.RenameColumn(
                name: "id",
                table: "AspNetUsers",
                newName: "Id");

            migrationBuilder.RenameColumn(
                name: "user_name",
                table: "AspNetUsers",
                newName: "UserName");

            migrationBuilder.RenameColumn(
                name: "two_factor_enabled",
                table: "AspNetUsers",
                newName: "TwoFactorEnabled");

            migrationBuilder.RenameColumn(
                name: "security_stamp",
                table: "AspNetUsers",
                newName: "SecurityStamp");

            migrationBuilder.RenameColumn(
                name: "phone_number_confirmed",
                table: "AspNetUsers",
                newName: "PhoneNumberConfirmed");

            migrationBuilder.RenameColumn(
                name: "phone_number",
                table: "AspNetUsers",
                newName: "PhoneNumber");

            migrationBuilder.RenameColumn(
                name: "password_hash",
                table: "AspNetUsers",
                newName: "PasswordHash");

            migrationBuilder.RenameColumn(
                name: "normalized_user_name",
                table: "AspNetUsers",
                newName: "NormalizedUserName");

            migrationBuilder.RenameColumn(
                name: "normalized_email",
                table: "AspNetUsers",
                newName: "NormalizedEmail");

            migrationBuilder.RenameColumn(
                name: "lockout_end",
                table: "AspNetUsers",
                newName: "LockoutEnd");

            migrationBuilder.RenameColumn(
                name: "lockout_enabled",
                table: "AspNetUsers",
                newName: "LockoutEnabled");

            migrationBuilder.RenameColumn(
                name: "email_confirmed",
                table: "AspNetUsers",
                newName: "EmailConfirmed");

            migrationBuilder.RenameColumn(
                name: "concurrency_stamp",
                table: "AspNetUsers",
                newName: "ConcurrencyStamp");

            migrationBuilder.RenameColumn(
                name: "access_failed_count",
                table: "AspNetUsers",
                newName: "AccessFailedCount");

            migrationBuilder.RenameIndex(
                name: "ix_asp_net_users_member_id",
                table: "AspNetUsers",
                newName: "IX_AspNetUsers_member_id");

            migrationBuilder.RenameColumn(
                name: "value",
                table: "AspNetUserTokens",
                newName: "Value");

            migrationBuilder.RenameColumn(
                name: "name",
                table: "AspNetUserTokens",
                newName: "Name");

            migrationBuilder.RenameColumn(
                name: "login_provider",
                table: "AspNetUserTokens",
                newName: "LoginProvider");

            migrationBuilder.RenameColumn(
                name: "user_id",
                table: "AspNetUserTokens",
                newName: "UserId");

            migrationBuilder.RenameColumn(
                name: "role_id",
                table: "AspNetUserRoles",
                newName: "RoleId");

            migrationBuilder.RenameColumn(
                name: "user_id",
                table: "AspNetUserRoles",
                newName: "UserId");

            migrationBuilder.RenameIndex(
                name: "ix_asp_net_user_roles_role_id",
                table: "AspNetUserRoles",
                newName: "IX_AspNetUserRoles_RoleId");

            migrationBuilder.RenameColumn(
                name: "user_id",
                table: "AspNetUserLogins",
                newName: "UserId");

            migrationBuilder.RenameColumn(
                name: "provider_display_name",
                table: "AspNetUserLogins",
                newName: "ProviderDisplayName");

            migrationBuilder.RenameColumn(
                name: "provider_key",
                table: "AspNetUserLogins",
                newName: "ProviderKey");

            migrationBuilder.RenameColumn(
                name: "login_provider",
                table: "AspNetUserLogins",
                newName: "LoginProvider");

            migrationBuilder.RenameIndex(
                name: "ix_asp_net_user_logins_user_id",
                table: "AspNetUserLogins",
                newName: "IX_AspNetUserLogins_UserId");

            migrationBuilder.RenameColumn(
                name: "id",
                table: "AspNetUserClaims",
                newName: "Id");

            migrationBuilder.RenameColumn(
                name: "user_id",
                table: "AspNetUserClaims",
                newName: "UserId");

            migrationBuilder.RenameColumn(
                name: "claim_value",
                table: "AspNetUserClaims",
                newName: "ClaimValue");

            migrationBuilder.RenameColumn(
                name: "claim_type",
                table: "AspNetUserClaims",
                newName: "ClaimType");

            migrationBuilder.RenameIndex(
                name: "ix_asp_net_user_claims_user_id",
                table: "AspNetUserClaims",
                newName: "IX_AspNetUserClaims_UserId");

            migrationBuilder.RenameColumn(
                name: "name",
                table: "AspNetRoles",
                newName: "Name");

            migrationBuilder.RenameColumn(
                name: "id",
                table: "AspNetRoles",
                newName: "Id");

            migrationBuilder.RenameColumn(
                name: "normalized_name",
                table: "AspNetRoles",
                newName: "NormalizedName");

            migrationBuilder.RenameColumn(
                name: "concurrency_stamp",
                table: "AspNetRoles",
                newName: "ConcurrencyStamp");

            migrationBuilder.RenameColumn(
                name: "id",
                table: "AspNetRoleClaims",
                newName: "Id");

            migrationBuilder.RenameColumn(
                name: "role_id",
                table: "AspNetRoleClaims",
                newName: "RoleId");

            migrationBuilder.RenameColumn(
                name: "claim_value",
                table: "AspNetRoleClaims",
                newName: "ClaimValue");

            migrationBuilder.RenameColumn(
                name: "claim_type",
                table: "AspNetRoleClaims",
                newName: "ClaimType");

            migrationBuilder.RenameIndex(
                name: "ix_asp_net_role_claims_role_id",
                table: "AspNetRoleClaims",
                newName: "IX_AspNetRoleClaims_RoleId");

            migrationBuilder.RenameConstraint(table: "token_keys", name: "pk_token_keys", newName: "PK_token_keys");
            migrationBuilder.RenameConstraint(table: "signup_flows", name: "pk_signup_flows", newName: "PK_signup_flows");
            migrationBuilder.RenameConstraint(table: "sign_ins", name: "pk_sign_ins", newName: "PK_sign_ins");
            migrationBuilder.RenameConstraint(table: "sign_in_lockouts", name: "pk_sign_in_lockouts", newName: "PK_sign_in_lockouts");
            migrationBuilder.RenameConstraint(table: "sign_in_code_challenges", name: "pk_sign_in_code_challenges", newName: "PK_sign_in_code_challenges");
            migrationBuilder.RenameConstraint(table: "phone_code_challenges", name: "pk_phone_code_challenges", newName: "PK_phone_code_challenges");
            migrationBuilder.RenameConstraint(table: "outbox_messages", name: "pk_outbox_messages", newName: "PK_outbox_messages");
            migrationBuilder.RenameConstraint(table: "inbox_messages", name: "pk_inbox_messages", newName: "PK_inbox_messages");
            migrationBuilder.RenameConstraint(table: "email_code_challenges", name: "pk_email_code_challenges", newName: "PK_email_code_challenges");
            migrationBuilder.RenameConstraint(table: "confirmed_addresses", name: "pk_confirmed_addresses", newName: "PK_confirmed_addresses");
            migrationBuilder.RenameConstraint(table: "OpenIddictTokens", name: "pk_open_iddict_tokens", newName: "PK_OpenIddictTokens");
            migrationBuilder.RenameConstraint(table: "OpenIddictScopes", name: "pk_open_iddict_scopes", newName: "PK_OpenIddictScopes");
            migrationBuilder.RenameConstraint(table: "OpenIddictAuthorizations", name: "pk_open_iddict_authorizations", newName: "PK_OpenIddictAuthorizations");
            migrationBuilder.RenameConstraint(table: "OpenIddictApplications", name: "pk_open_iddict_applications", newName: "PK_OpenIddictApplications");
            migrationBuilder.RenameConstraint(table: "AspNetUsers", name: "pk_asp_net_users", newName: "PK_AspNetUsers");
            migrationBuilder.RenameConstraint(table: "AspNetUserTokens", name: "pk_asp_net_user_tokens", newName: "PK_AspNetUserTokens");
            migrationBuilder.RenameConstraint(table: "AspNetUserRoles", name: "pk_asp_net_user_roles", newName: "PK_AspNetUserRoles");
            migrationBuilder.RenameConstraint(table: "AspNetUserLogins", name: "pk_asp_net_user_logins", newName: "PK_AspNetUserLogins");
            migrationBuilder.RenameConstraint(table: "AspNetUserClaims", name: "pk_asp_net_user_claims", newName: "PK_AspNetUserClaims");
            migrationBuilder.RenameConstraint(table: "AspNetRoles", name: "pk_asp_net_roles", newName: "PK_AspNetRoles");
            migrationBuilder.RenameConstraint(table: "AspNetRoleClaims", name: "pk_asp_net_role_claims", newName: "PK_AspNetRoleClaims");
            migrationBuilder.RenameConstraint(table: "AspNetRoleClaims", name: "fk_asp_net_role_claims_asp_net_roles_role_id", newName: "FK_AspNetRoleClaims_AspNetRoles_RoleId");
            migrationBuilder.RenameConstraint(table: "AspNetUserClaims", name: "fk_asp_net_user_claims_asp_net_users_user_id", newName: "FK_AspNetUserClaims_AspNetUsers_UserId");
            migrationBuilder.RenameConstraint(table: "AspNetUserLogins", name: "fk_asp_net_user_logins_asp_net_users_user_id", newName: "FK_AspNetUserLogins_AspNetUsers_UserId");
            migrationBuilder.RenameConstraint(table: "AspNetUserRoles", name: "fk_asp_net_user_roles_asp_net_roles_role_id", newName: "FK_AspNetUserRoles_AspNetRoles_RoleId");
            migrationBuilder.RenameConstraint(table: "AspNetUserRoles", name: "fk_asp_net_user_roles_asp_net_users_user_id", newName: "FK_AspNetUserRoles_AspNetUsers_UserId");
            migrationBuilder.RenameConstraint(table: "AspNetUserTokens", name: "fk_asp_net_user_tokens_asp_net_users_user_id", newName: "FK_AspNetUserTokens_AspNetUsers_UserId");
            migrationBuilder.RenameConstraint(table: "email_code_challenges", name: "fk_email_code_challenges_signup_flows_signup_id", newName: "FK_email_code_challenges_signup_flows_signup_id");
            migrationBuilder.RenameConstraint(table: "OpenIddictAuthorizations", name: "fk_open_iddict_authorizations_open_iddict_applications_applica", newName: "FK_OpenIddictAuthorizations_OpenIddictApplications_Application~");
            migrationBuilder.RenameConstraint(table: "OpenIddictTokens", name: "fk_open_iddict_tokens_open_iddict_applications_application_id", newName: "FK_OpenIddictTokens_OpenIddictApplications_ApplicationId");
            migrationBuilder.RenameConstraint(table: "OpenIddictTokens", name: "fk_open_iddict_tokens_open_iddict_authorizations_authorization", newName: "FK_OpenIddictTokens_OpenIddictAuthorizations_AuthorizationId");
            migrationBuilder.RenameConstraint(table: "phone_code_challenges", name: "fk_phone_code_challenges_signup_flows_signup_id", newName: "FK_phone_code_challenges_signup_flows_signup_id");
            migrationBuilder.RenameConstraint(table: "sign_in_code_challenges", name: "fk_sign_in_code_challenges_sign_ins_sign_in_id", newName: "FK_sign_in_code_challenges_sign_ins_sign_in_id");
        }
    }
}
