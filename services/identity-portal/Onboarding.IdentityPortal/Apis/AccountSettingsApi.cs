using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Onboarding.Contracts;
using Onboarding.Contracts.Events;
using Onboarding.IdentityPortal.Application;
using Onboarding.IdentityPortal.Domain;
using Onboarding.IdentityPortal.Infrastructure;
using Onboarding.IdentityPortal.Tokens;
using Onboarding.Messaging.Outbox;
using Onboarding.ServiceDefaults.OpenApi;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Onboarding.IdentityPortal.Apis;

/// <summary>
/// 設定: the signed-in member's own account (docs/architecture.md §6.10). Every endpoint acts on the account named by
/// the bearer access token's subject and nothing else: there is no account id in any path, so another member's
/// account cannot even be named.
/// </summary>
public static class AccountSettingsApi
{
    public static IEndpointRouteBuilder MapAccountSettingsApi(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/api/portal/account").RequireAuthorization(TokenIssuingRegistration.MemberPolicy);
        account.MapGet("", GetAccount)
            .WithSummary("設定: the signed-in member's e-mail address, name and masked phone number")
            .ProducesProblems((401, "sign_in_required"));
        account.MapPost("/password", ChangePassword)
            .WithSummary("設定: change the password (current one required); every other sitting ends; answers fresh tokens for this one")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblems(DocumentedProblems.ValidationFailed, (400, "current_password_incorrect (attemptsRemaining)"), (401, "sign_in_required"),
                (429, "sign_in_locked (retryAfterSeconds)"));
        account.MapPut("/name", ChangeName)
            .WithSummary("設定: change the name (STEP 2's rules)")
            .ProducesProblems(DocumentedProblems.ValidationFailed, (401, "sign_in_required"));
        account.MapPost("/email-changes", StartEmailChange)
            .WithSummary("設定: start changing the e-mail address; a code is mailed to the new address")
            .ProducesProblems(DocumentedProblems.ValidationFailed, (401, "sign_in_required"),
                (429, "resend_too_soon / daily_limit_reached (retryAfterSeconds)"));
        account.MapPost("/email-changes/{emailChangeId:guid}/email-code", ResendEmailChangeCode)
            .WithSummary("設定: mail a new code to the new address")
            .ProducesProblems((404, "email_change_not_found"), (410, "email_change_expired / email_change_used"),
                (429, "resend_too_soon / daily_limit_reached (retryAfterSeconds)"));
        account.MapPost("/email-changes/{emailChangeId:guid}/confirmation", ConfirmEmailChange)
            .WithSummary("設定: confirm the new address with its code; it becomes the account's")
            .ProducesProblems(DocumentedProblems.ValidationFailed, (400, "invalid_code (attemptsRemaining)"), (404, "email_change_not_found"),
                (409, "email_unavailable"), (410, "email_change_expired / email_change_used / code_locked / code_expired / code_superseded"));
        account.MapPost("/phone", SendPhoneCode)
            .WithSummary("設定: send a code to the new phone number by SMS or voice call")
            .ProducesProblems(DocumentedProblems.ValidationFailed, (401, "sign_in_required"),
                (429, "resend_too_soon / phone_daily_limit_reached / phone_member_daily_limit_reached (retryAfterSeconds)"));
        account.MapPost("/phone/verification", VerifyPhone)
            .WithSummary("設定: verify the code; the new number becomes the account's")
            .ProducesProblems(DocumentedProblems.ValidationFailed, (400, "invalid_code (attemptsRemaining)"), (401, "sign_in_required"),
                (409, "phone_code_not_sent"), (410, "code_locked / code_expired / code_used / code_superseded"));
        return app;
    }

    public sealed record EmailChangeRequest(string? Email);

    public sealed record AccountSettings(string Email, string FamilyName, string GivenName, string? PhoneNumber);

    public sealed record PasswordChangeRequest(string? CurrentPassword, string? Password, string? PasswordConfirmation);

    public sealed record NameRequest(string? FamilyName, string? GivenName);

    public sealed record AccountName(string FamilyName, string GivenName);

    public static async Task<Results<Ok<AccountSettings>, ProblemHttpResult>> GetAccount(
        HttpContext http, IdentityDbContext db, CancellationToken cancellationToken)
    {
        var accountId = AccountOf(http);
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == accountId, cancellationToken);
        if (user is null) return SignInRequired(http);
        return TypedResults.Ok(new AccountSettings(user.Email!, user.FamilyName, user.GivenName, JapanesePhoneNumber.MaskE164(user.PhoneNumber)));
    }

    public static Task<IResult> ChangePassword(
        PasswordChangeRequest request, HttpContext http, AccountPasswordChange change, CancellationToken cancellationToken) =>
        change.ChangeAsync(AccountOf(http), request, http, cancellationToken);

    public static async Task<Results<Ok<AccountName>, ProblemHttpResult>> ChangeName(
        NameRequest request, HttpContext http, IdentityDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var familyName = ProfileRules.NormalizeName(request.FamilyName);
        var givenName = ProfileRules.NormalizeName(request.GivenName);
        var errors = new Dictionary<string, string>();
        if (ProfileRules.CheckName("familyName", familyName) is { } familyError) errors["familyName"] = familyError;
        if (ProfileRules.CheckName("givenName", givenName) is { } givenError) errors["givenName"] = givenError;
        if (errors.Count > 0) return Problems.Validation(http, errors);

        var accountId = AccountOf(http);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (await LockAccountAsync(db, accountId, ct) is not { } user) return SignInRequired(http);
            // Saving the same name again changes nothing, so it tells no one anything.
            if (user.FamilyName != familyName || user.GivenName != givenName)
            {
                var now = clock.GetUtcNow();
                user.FamilyName = familyName!;
                user.GivenName = givenName!;
                user.ConcurrencyStamp = Guid.NewGuid().ToString();
                db.PublishThroughOutbox(new PortalAccountNameChanged(user.Id, user.MemberId, user.FamilyName, user.GivenName, now), clock);
                await db.SaveChangesAsync(ct);
            }
            await transaction.CommitAsync(ct);
            return (Results<Ok<AccountName>, ProblemHttpResult>)TypedResults.Ok(new AccountName(user.FamilyName, user.GivenName));
        }, cancellationToken);
    }

    public static async Task<Results<Accepted<EmailChangeCodeSender.Started>, ProblemHttpResult>> StartEmailChange(
        EmailChangeRequest request, HttpContext http, EmailChangeCodeSender sender, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Email)) return Problems.Validation(http, new Dictionary<string, string> { ["email"] = "email.required" });
        if (EmailAddress.Normalize(request.Email) is not { } email) return Problems.Validation(http, new Dictionary<string, string> { ["email"] = "email.invalid" });
        return await sender.StartAsync(AccountOf(http), email, http, cancellationToken);
    }

    public static Task<Results<Accepted<EmailChangeCodeSender.Started>, ProblemHttpResult>> ResendEmailChangeCode(
        Guid emailChangeId, HttpContext http, EmailChangeCodeSender sender, CancellationToken cancellationToken) =>
        sender.ResendAsync(AccountOf(http), emailChangeId, http, cancellationToken);

    public static Task<Results<Ok<EmailChangeConfirmation.EmailChanged>, ProblemHttpResult>> ConfirmEmailChange(
        Guid emailChangeId, SignInApi.VerificationRequest request, HttpContext http, EmailChangeConfirmation confirmation,
        CancellationToken cancellationToken) =>
        confirmation.ConfirmAsync(AccountOf(http), emailChangeId, request.Code, http, cancellationToken);

    public static Task<Results<Accepted<SignupAccountApi.PhoneCodeSent>, ProblemHttpResult>> SendPhoneCode(
        SignupAccountApi.PhoneRequest request, HttpContext http, AccountPhoneChange change, CancellationToken cancellationToken) =>
        change.SendCodeAsync(AccountOf(http), request, http, cancellationToken);

    public static Task<Results<Ok<AccountPhoneChange.PhoneChanged>, ProblemHttpResult>> VerifyPhone(
        SignInApi.VerificationRequest request, HttpContext http, AccountPhoneChange change, CancellationToken cancellationToken) =>
        change.VerifyAsync(AccountOf(http), request.Code, http, cancellationToken);

    /// <summary>The account the validated access token speaks for (its subject); the policy let no request without one in.</summary>
    public static Guid AccountOf(HttpContext http) =>
        Guid.TryParse(http.User.FindFirst(Claims.Subject)?.Value, out var accountId) ? accountId : Guid.Empty;

    /// <summary>The account, locked for this transaction, so two changes of one account never interleave.</summary>
    public static Task<PortalUser?> LockAccountAsync(IdentityDbContext db, Guid accountId, CancellationToken ct) =>
        db.Users.FromSql($"SELECT * FROM asp_net_users WHERE id = {accountId} FOR UPDATE").SingleOrDefaultAsync(ct);

    /// <summary>A valid token for an account that is gone (deleted since): the gateway's renewal then ends the sitting.</summary>
    public static ProblemHttpResult SignInRequired(HttpContext http) => Problems.Of(http, StatusCodes.Status401Unauthorized, "sign_in_required");
}
