using Onboarding.ServiceDefaults.OpenApi;
using Onboarding.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Onboarding.IdentityPortal.Application;
using Onboarding.IdentityPortal.Domain;
using Onboarding.IdentityPortal.Infrastructure;

namespace Onboarding.IdentityPortal.Apis;

/// <summary>STEP 2, first screens: sign up with the address confirmed in STEP 1 (今すぐサインアップ), then verify it with the mailed code.</summary>
public static class SignupApi
{
    public static IEndpointRouteBuilder MapSignupApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/portal/signups", StartSignup)
            .WithSummary("STEP 2: start a portal sign-up with the address confirmed in STEP 1 (a code is mailed)")
            .ProducesProblems(DocumentedProblems.ValidationFailed, (409, "step1_not_completed (nextStep) / account_exists"), (429, "resend_too_soon / daily limit (retryAfterSeconds)"));
        app.MapPost("/api/portal/signups/{signupId:guid}/email-code", ResendCode)
            .WithSummary("STEP 2: mail a new e-mail code")
            .ProducesProblems((404, "signup_not_found"), (409, "step1_not_completed / account_exists"), (410, "signup_expired / code_used"),
                (429, "resend_too_soon / daily limit (retryAfterSeconds)"));
        app.MapPost("/api/portal/signups/{signupId:guid}/email-verification", VerifyEmail)
            .WithSummary("STEP 2: verify the address with the mailed code")
            .ProducesProblems(DocumentedProblems.ValidationFailed, (400, "invalid_code (attemptsRemaining)"), (404, "signup_not_found"),
                (410, "signup_expired / code_locked / code_expired / code_used / code_superseded"));
        return app;
    }

    public sealed record SignupRequest(string? Email);

    /// <summary><c>expiresAt</c> is when the sign-up ends; <c>codeExpiresAt</c> when the code just mailed stops working.</summary>
    public sealed record SignupStarted(Guid SignupId, DateTimeOffset ExpiresAt, DateTimeOffset CodeExpiresAt, DateTimeOffset ResendAvailableAt)
    {
        public static SignupStarted Of(SignupFlow flow, EmailCodeChallenge code) => new(flow.Id, flow.ExpiresAt, code.ExpiresAt, code.ResendAvailableAt);
    }

    public sealed record VerificationRequest(string? Code);

    public sealed record EmailVerified(Guid SignupId, string Email, DateTimeOffset EmailVerifiedAt);

    public static async Task<Results<Created<SignupStarted>, ProblemHttpResult>> StartSignup(
        SignupRequest request, HttpContext http, SignupCodeSender sender, CancellationToken cancellationToken)
    {
        var email = EmailAddress.Normalize(request.Email);
        if (string.IsNullOrWhiteSpace(request.Email)) return Problems.Validation(http, new Dictionary<string, string> { ["email"] = "email.required" });
        if (email is null) return Problems.Validation(http, new Dictionary<string, string> { ["email"] = "email.invalid" });
        return await sender.StartAsync(email, http, cancellationToken);
    }

    public static Task<Results<Accepted<SignupStarted>, ProblemHttpResult>> ResendCode(
        Guid signupId, HttpContext http, SignupCodeSender sender, CancellationToken cancellationToken) =>
        sender.ResendAsync(signupId, http, cancellationToken);

    public static async Task<Results<Ok<EmailVerified>, ProblemHttpResult>> VerifyEmail(
        Guid signupId, VerificationRequest request, HttpContext http, IdentityDbContext db, VerificationCodeHasher hasher,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var code = VerificationCode.Normalize(request.Code);
        if (string.IsNullOrWhiteSpace(request.Code)) return Problems.Validation(http, new Dictionary<string, string> { ["code"] = "code.required" });
        if (code is null) return Problems.Validation(http, new Dictionary<string, string> { ["code"] = "code.format" });

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // Locking the flow serialises guesses, so the attempt count cannot be outrun by parallel requests.
            var flow = await db.SignupFlows
                .FromSql($"SELECT * FROM signup_flows WHERE id = {signupId} FOR UPDATE")
                .SingleOrDefaultAsync(ct);
            if (flow is null) return Problems.Of(http, StatusCodes.Status404NotFound, "signup_not_found");
            var now = clock.GetUtcNow();
            if (flow.IsExpired(now)) return Problems.Of(http, StatusCodes.Status410Gone, "signup_expired");

            var challenge = await db.EmailCodeChallenges
                .Where(c => c.FlowId == flow.Id)
                .OrderByDescending(c => c.CreatedAt)
                .FirstOrDefaultAsync(ct);
            if (challenge is null) return Problems.Of(http, StatusCodes.Status404NotFound, "signup_not_found");

            if (challenge.IsRepeatOfUse(hash => hasher.Matches(challenge.Id, code, hash), now))
            {
                // The first press verified the address but its answer was lost: answer it again, change nothing.
                return (Results<Ok<EmailVerified>, ProblemHttpResult>)TypedResults.Ok(new EmailVerified(flow.Id, flow.Email, flow.EmailVerifiedAt!.Value));
            }
            var check = challenge.Verify(hash => hasher.Matches(challenge.Id, code, hash), now);
            if (check == CodeCheck.Confirmed) flow.EmailVerified(now);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return check switch
            {
                CodeCheck.Confirmed => (Results<Ok<EmailVerified>, ProblemHttpResult>)TypedResults.Ok(new EmailVerified(flow.Id, flow.Email, now)),
                CodeCheck.Wrong => Problems.Of(http, StatusCodes.Status400BadRequest, "invalid_code", attemptsRemaining: challenge.AttemptsRemaining),
                CodeCheck.Locked => Problems.Of(http, StatusCodes.Status410Gone, "code_locked", attemptsRemaining: 0),
                CodeCheck.Expired => Problems.Of(http, StatusCodes.Status410Gone, "code_expired"),
                CodeCheck.AlreadyUsed => Problems.Of(http, StatusCodes.Status410Gone, "code_used"),
                _ => Problems.Of(http, StatusCodes.Status410Gone, "code_superseded"),
            };
        }, cancellationToken);
    }
}
