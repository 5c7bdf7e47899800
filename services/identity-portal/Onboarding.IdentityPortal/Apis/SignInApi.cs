using Onboarding.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Onboarding.Contracts;
using Onboarding.IdentityPortal.Application;
using Onboarding.IdentityPortal.Domain;
using Onboarding.IdentityPortal.Infrastructure;
using Onboarding.IdentityPortal.Tokens;

namespace Onboarding.IdentityPortal.Apis;

/// <summary>
/// Signing in to the co-op mypage with a portal account: by e-mailed code (確認コードを送信 → コードの確認, how STEP 3
/// begins) or by password. Both end in the member's tokens, answered as OpenIddict's token endpoint would.
/// </summary>
public static class SignInApi
{
    public const string CodeMethod = "email_code";

    public static IEndpointRouteBuilder MapSignInApi(this IEndpointRouteBuilder app)
    {
        // Two answers (IResult): a code sign-in is accepted (202), a password sign-in answers the OAuth token response.
        app.MapPost("/api/portal/sign-ins", StartSignIn)
            .WithSummary("STEP 3: sign in — without a password a code is mailed (202); with one, tokens (200)")
            .Produces<SignInStarted>(StatusCodes.Status202Accepted)
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblems(DocumentedProblems.ValidationFailed, (401, "invalid_credentials (attemptsRemaining)"), (404, "sign_in_not_found"),
                (429, "sign_in_locked / resend_too_soon (retryAfterSeconds)"));
        app.MapPost("/api/portal/sign-ins/{signInId:guid}/email-code", ResendCode)
            .WithSummary("STEP 3: mail a new sign-in code")
            .ProducesProblems((404, "sign_in_not_found"), (410, "sign_in_expired / code_used"), (429, "resend_too_soon (retryAfterSeconds)"));
        app.MapPost("/api/portal/sign-ins/{signInId:guid}/verification", VerifyCode)
            .WithSummary("STEP 3: verify the sign-in code; answers the OAuth token response (access_token, refresh_token, expires_in)")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblems(DocumentedProblems.ValidationFailed, (400, "invalid_code (attemptsRemaining)"), (404, "sign_in_not_found"),
                (410, "sign_in_expired / code_locked / code_expired / code_used / code_superseded"));
        return app;
    }

    /// <summary>With a password, a password sign-in; without, a code is mailed.</summary>
    public sealed record SignInRequest(string? Email, string? Password);

    public sealed record SignInStarted(Guid SignInId, string SentTo, DateTimeOffset ExpiresAt, DateTimeOffset CodeExpiresAt, DateTimeOffset ResendAvailableAt)
    {
        public static SignInStarted Of(SignIn signIn, SignInCodeChallenge code) =>
            new(signIn.Id, EmailAddress.Mask(signIn.Email), signIn.ExpiresAt, code.ExpiresAt, code.ResendAvailableAt);
    }

    public sealed record VerificationRequest(string? Code);

    public static async Task<IResult> StartSignIn(SignInRequest request, HttpContext http, IServiceProvider services, CancellationToken cancellationToken)
    {
        var email = EmailAddress.Normalize(request.Email);
        if (string.IsNullOrWhiteSpace(request.Email)) return Problems.Validation(http, new Dictionary<string, string> { ["email"] = "email.required" });
        if (email is null) return Problems.Validation(http, new Dictionary<string, string> { ["email"] = "email.invalid" });
        if (request.Password is null)
        {
            return await services.GetRequiredService<SignInCodeSender>().StartAsync(email, http, cancellationToken);
        }
        if (request.Password.Length == 0) return Problems.Validation(http, new Dictionary<string, string> { ["password"] = "password.required" });
        return await services.GetRequiredService<PasswordSignIn>().SignInAsync(email, request.Password, http, cancellationToken);
    }

    public static Task<Results<Accepted<SignInStarted>, ProblemHttpResult>> ResendCode(
        Guid signInId, HttpContext http, SignInCodeSender sender, CancellationToken cancellationToken) =>
        sender.ResendAsync(signInId, http, cancellationToken);

    public static async Task<IResult> VerifyCode(
        Guid signInId, VerificationRequest request, HttpContext http, IdentityDbContext db, UserManager<PortalUser> users,
        VerificationCodeHasher hasher, PortalTokenIssuer tokens, PortalMetrics metrics, TimeProvider clock, CancellationToken cancellationToken)
    {
        var code = VerificationCode.Normalize(request.Code);
        if (string.IsNullOrWhiteSpace(request.Code)) return Problems.Validation(http, new Dictionary<string, string> { ["code"] = "code.required" });
        if (code is null) return Problems.Validation(http, new Dictionary<string, string> { ["code"] = "code.format" });

        var strategy = db.Database.CreateExecutionStrategy();
        var (accountId, refused) = await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // Locking the sign-in serialises guesses, so the attempt count cannot be outrun by parallel requests.
            var signIn = await db.SignIns.FromSql($"SELECT * FROM sign_ins WHERE id = {signInId} FOR UPDATE").SingleOrDefaultAsync(ct);
            if (signIn is null) return (null, Problems.Of(http, StatusCodes.Status404NotFound, "sign_in_not_found"));
            var now = clock.GetUtcNow();
            if (signIn.IsExpired(now)) return (null, Problems.Of(http, StatusCodes.Status410Gone, "sign_in_expired"));

            var challenge = await db.SignInCodeChallenges
                .Where(c => c.FlowId == signIn.Id).OrderByDescending(c => c.CreatedAt).FirstAsync(ct);
            // For an address without an account no code was mailed and the stored hash is unmatchable
            // (VerificationCodeHasher.Unmatchable); the account check after the same hashing work is a second guard.
            // Either way every code is a wrong code, answered and counted exactly as for an account.
            var check = challenge.Verify(hash => hasher.Matches(challenge.Id, code, hash) && signIn.AccountId is not null, now);
            if (check == CodeCheck.Confirmed) signIn.Complete(now);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return check switch
            {
                CodeCheck.Confirmed => (signIn.AccountId, (IResult?)null),
                CodeCheck.Wrong => (null, Problems.Of(http, StatusCodes.Status400BadRequest, "invalid_code", attemptsRemaining: challenge.AttemptsRemaining)),
                CodeCheck.Locked => (null, Problems.Of(http, StatusCodes.Status410Gone, "code_locked", attemptsRemaining: 0)),
                CodeCheck.Expired => (null, Problems.Of(http, StatusCodes.Status410Gone, "code_expired")),
                CodeCheck.AlreadyUsed => (null, Problems.Of(http, StatusCodes.Status410Gone, "code_used")),
                _ => (null, Problems.Of(http, StatusCodes.Status410Gone, "code_superseded")),
            };
        }, cancellationToken);

        if (refused is not null)
        {
            metrics.SignInRefused(CodeMethod, "code");
            return refused;
        }
        var user = accountId is { } id ? await users.FindByIdAsync(id.ToString()) : null;
        if (user is null) return Problems.Of(http, StatusCodes.Status404NotFound, "sign_in_not_found");
        metrics.SignedIn(CodeMethod);
        return tokens.TokensFor(http, user);
    }
}
