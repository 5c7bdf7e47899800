using Onboarding.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Onboarding.Contracts;
using Onboarding.IdentityPortal.Application;
using Onboarding.IdentityPortal.Domain;

namespace Onboarding.IdentityPortal.Apis;

/// <summary>
/// パスワードをお忘れの方: a code mailed to the address, then the code with a new password (STEP 2's rules). Every answer
/// is the same whether or not the address has an account (docs/architecture.md §6.8).
/// </summary>
public static class PasswordResetApi
{
    public static IEndpointRouteBuilder MapPasswordResetApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/portal/password-resets", Start)
            .WithSummary("Forgot password: mail a reset code to the address (answered alike whether or not it has an account)")
            .ProducesProblems(DocumentedProblems.ValidationFailed, (429, "resend_too_soon / daily_limit_reached (retryAfterSeconds)"));
        app.MapPost("/api/portal/password-resets/{passwordResetId:guid}/email-code", Resend)
            .WithSummary("Forgot password: mail a new reset code")
            .ProducesProblems((404, "password_reset_not_found"), (410, "password_reset_expired / password_reset_used"),
                (429, "resend_too_soon / daily_limit_reached (retryAfterSeconds)"));
        app.MapPost("/api/portal/password-resets/{passwordResetId:guid}/completion", Complete)
            .WithSummary("Forgot password: the reset code and a new password; every refresh token of the account is revoked")
            .ProducesProblems(DocumentedProblems.ValidationFailed, (400, "invalid_code (attemptsRemaining)"), (404, "password_reset_not_found"),
                (410, "password_reset_expired / password_reset_used / code_locked / code_expired / code_superseded"));
        return app;
    }

    public sealed record StartRequest(string? Email);

    public sealed record PasswordResetStarted(
        Guid PasswordResetId, string SentTo, DateTimeOffset ExpiresAt, DateTimeOffset CodeExpiresAt, DateTimeOffset ResendAvailableAt)
    {
        public static PasswordResetStarted Of(PasswordReset reset, PasswordResetCode code) =>
            new(reset.Id, EmailAddress.Mask(reset.Email), reset.ExpiresAt, code.ExpiresAt, code.ResendAvailableAt);
    }

    public sealed record CompletionRequest(string? Code, string? Password, string? PasswordConfirmation);

    public sealed record PasswordChanged(DateTimeOffset ChangedAt);

    public static async Task<Results<Accepted<PasswordResetStarted>, ProblemHttpResult>> Start(
        StartRequest request, HttpContext http, PasswordResetCodeSender sender, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Email)) return Problems.Validation(http, new Dictionary<string, string> { ["email"] = "email.required" });
        if (EmailAddress.Normalize(request.Email) is not { } email) return Problems.Validation(http, new Dictionary<string, string> { ["email"] = "email.invalid" });
        return await sender.StartAsync(email, http, cancellationToken);
    }

    public static Task<Results<Accepted<PasswordResetStarted>, ProblemHttpResult>> Resend(
        Guid passwordResetId, HttpContext http, PasswordResetCodeSender sender, CancellationToken cancellationToken) =>
        sender.ResendAsync(passwordResetId, http, cancellationToken);

    public static Task<Results<Ok<PasswordChanged>, ProblemHttpResult>> Complete(
        Guid passwordResetId, CompletionRequest request, HttpContext http, PasswordResetCompletion completion, CancellationToken cancellationToken) =>
        completion.CompleteAsync(passwordResetId, request, http, cancellationToken);
}
