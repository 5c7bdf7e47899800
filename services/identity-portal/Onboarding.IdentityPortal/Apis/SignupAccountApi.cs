using Onboarding.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Onboarding.Contracts;
using Onboarding.Contracts.Commands;
using Onboarding.Contracts.Events;
using Onboarding.IdentityPortal.Application;
using Onboarding.IdentityPortal.Domain;
using Onboarding.IdentityPortal.Infrastructure;
using Onboarding.Messaging.Outbox;
using Onboarding.ServiceDefaults.Problems;

namespace Onboarding.IdentityPortal.Apis;

/// <summary>
/// STEP 2, after the e-mail is verified: password and name, then a phone verified by SMS or voice code, which creates
/// the account (ASP.NET Core Identity) and publishes <see cref="PortalAccountCreated"/> in the same transaction.
/// </summary>
public static class SignupAccountApi
{
    public static IEndpointRouteBuilder MapSignupAccountApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/portal/signups/{signupId:guid}", GetSignup)
            .WithSummary("STEP 2: where a sign-up stands").ProducesProblems((404, "signup_not_found"));
        app.MapPost("/api/portal/signups/{signupId:guid}/profile", SetProfile)
            .WithSummary("STEP 2: password and name")
            .ProducesProblems(DocumentedProblems.ValidationFailed, (404, "signup_not_found"), (409, "email_not_verified / account_exists"), (410, "signup_expired"));
        app.MapPost("/api/portal/signups/{signupId:guid}/phone", SendPhoneCode)
            .WithSummary("STEP 2: send a phone code by SMS or voice call")
            .ProducesProblems(DocumentedProblems.ValidationFailed, (404, "signup_not_found"), (409, "email_not_verified / profile_not_set / account_exists"),
                (410, "signup_expired"), (429, "resend_too_soon / phone_daily_limit_reached / phone_member_daily_limit_reached (retryAfterSeconds)"));
        app.MapPost("/api/portal/signups/{signupId:guid}/phone-verification", VerifyPhone)
            .WithSummary("STEP 2: verify the phone code; creates the account")
            .ProducesProblems(DocumentedProblems.ValidationFailed, (400, "invalid_code (attemptsRemaining)"), (404, "signup_not_found"),
                (409, "phone_code_not_sent / step1_not_completed (nextStep) / account_exists / email_not_verified / profile_not_set"),
                (410, "signup_expired / code_locked / code_expired / code_used / code_superseded"));
        return app;
    }

    /// <summary>Where a sign-up stands, so the UI resumes it at the right screen.</summary>
    public sealed record SignupState(Guid SignupId, string Status, DateTimeOffset ExpiresAt, bool Expired);

    public static async Task<Results<Ok<SignupState>, ProblemHttpResult>> GetSignup(
        Guid signupId, HttpContext http, IdentityDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var flow = await db.SignupFlows.AsNoTracking().SingleOrDefaultAsync(f => f.Id == signupId, cancellationToken);
        if (flow is null) return Problems.Of(http, StatusCodes.Status404NotFound, "signup_not_found");
        var status = flow.Status switch
        {
            SignupStatus.EmailPending => "email_pending",
            SignupStatus.EmailVerified => "email_verified",
            SignupStatus.ProfileSet => "profile_set",
            _ => "completed",
        };
        return TypedResults.Ok(new SignupState(flow.Id, status, flow.ExpiresAt, flow.Status != SignupStatus.Completed && flow.IsExpired(clock.GetUtcNow())));
    }

    public sealed record ProfileRequest(string? Password, string? PasswordConfirmation, string? FamilyName, string? GivenName);

    public sealed record ProfileSet(Guid SignupId, string FamilyName, string GivenName);

    public sealed record PhoneRequest(string? PhoneNumber, string? Channel);

    public sealed record PhoneCodeSent(string SentTo, DateTimeOffset ExpiresAt, DateTimeOffset ResendAvailableAt);

    public sealed record AccountCreated(Guid AccountId);

    public static async Task<Results<Ok<ProfileSet>, ProblemHttpResult>> SetProfile(
        Guid signupId, ProfileRequest request, HttpContext http, IdentityDbContext db, IPasswordHasher<PortalUser> passwordHasher,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var familyName = ProfileRules.NormalizeName(request.FamilyName);
        var givenName = ProfileRules.NormalizeName(request.GivenName);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var (flow, refused) = await LockFlowAsync(db, signupId, http, clock.GetUtcNow(), ct);
            if (flow is null) return refused!;
            if (flow.Status == SignupStatus.EmailPending) return Problems.Of(http, StatusCodes.Status409Conflict, "email_not_verified");

            var errors = new Dictionary<string, string>();
            if (ProfileRules.CheckPassword(request.Password, flow.Email) is { } passwordError) errors["password"] = passwordError;
            if (string.IsNullOrEmpty(request.PasswordConfirmation)) errors["passwordConfirmation"] = "passwordConfirmation.required";
            else if (request.PasswordConfirmation != request.Password) errors["passwordConfirmation"] = "passwordConfirmation.mismatch";
            if (ProfileRules.CheckName("familyName", familyName) is { } familyError) errors["familyName"] = familyError;
            if (ProfileRules.CheckName("givenName", givenName) is { } givenError) errors["givenName"] = givenError;
            if (errors.Count > 0) return Problems.Validation(http, errors);

            var now = clock.GetUtcNow();
            var hash = passwordHasher.HashPassword(new PortalUser { Id = flow.Id }, request.Password!);
            flow.SetProfile(hash, familyName!, givenName!, now);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return (Results<Ok<ProfileSet>, ProblemHttpResult>)TypedResults.Ok(new ProfileSet(flow.Id, flow.FamilyName!, flow.GivenName!));
        }, cancellationToken);
    }

    public static async Task<Results<Accepted<PhoneCodeSent>, ProblemHttpResult>> SendPhoneCode(
        Guid signupId, PhoneRequest request, HttpContext http, IdentityDbContext db, VerificationCodeHasher hasher,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var channel = JapanesePhoneNumber.ChannelOf(request.Channel);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var now = clock.GetUtcNow();
            var (flow, refused) = await LockFlowReadyForPhoneAsync(db, signupId, http, now, ct);
            if (flow is null) return refused!;

            var (number, errors) = JapanesePhoneNumber.ParseRequest(request.PhoneNumber, request.Channel);
            if (errors.Count > 0) return Problems.Validation(http, errors);

            var latestOfSignup = await db.PhoneCodeChallenges
                .Where(c => c.FlowId == flow.Id).OrderByDescending(c => c.CreatedAt).FirstOrDefaultAsync(ct);
            if (latestOfSignup is not null && latestOfSignup.AnswersRepeatedSend(now)
                && latestOfSignup.PhoneNumber == number!.E164 && latestOfSignup.Channel == channel)
            {
                // The same request a moment ago sent this code; its answer was lost: answer it again, send nothing.
                return (Results<Accepted<PhoneCodeSent>, ProblemHttpResult>)TypedResults.Accepted(
                    $"/api/portal/signups/{flow.Id}", new PhoneCodeSent(number.Masked, latestOfSignup.ExpiresAt, latestOfSignup.ResendAvailableAt));
            }
            if (await PhoneCodeIssue.RefusalAsync(db, flow.MemberId, number!.E164, latestOfSignup, now, http, ct) is { } tooMany) return tooMany;

            var older = await db.PhoneCodeChallenges.Where(c => c.FlowId == flow.Id && c.Status == CodeStatus.Pending).ToListAsync(ct);
            foreach (var code in older) code.Void();
            var codeId = Guid.CreateVersion7(now);
            var plain = VerificationCode.NewCode();
            var challenge = PhoneCodeChallenge.Issue(codeId, flow.Id, number.E164, channel!.Value, hasher.Hash(codeId, plain), now);
            db.PhoneCodeChallenges.Add(challenge);
            db.SendThroughOutbox(QueueNames.Notification,
                new SendPhoneCode(codeId, number.E164, plain, channel.Value, challenge.ExpiresAt, MemberCulture.Of(http.Request)), clock);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return (Results<Accepted<PhoneCodeSent>, ProblemHttpResult>)TypedResults.Accepted(
                $"/api/portal/signups/{flow.Id}", new PhoneCodeSent(number.Masked, challenge.ExpiresAt, challenge.ResendAvailableAt));
        }, cancellationToken);
    }

    public static async Task<Results<Created<AccountCreated>, ProblemHttpResult>> VerifyPhone(
        Guid signupId, SignupApi.VerificationRequest request, HttpContext http, IdentityDbContext db, VerificationCodeHasher hasher,
        UserManager<PortalUser> users, TimeProvider clock, CancellationToken cancellationToken)
    {
        var code = VerificationCode.Normalize(request.Code);
        if (string.IsNullOrWhiteSpace(request.Code)) return Problems.Validation(http, new Dictionary<string, string> { ["code"] = "code.required" });
        if (code is null) return Problems.Validation(http, new Dictionary<string, string> { ["code"] = "code.format" });

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var now = clock.GetUtcNow();
            if (await RepeatedAccountCreationAsync(db, hasher, signupId, code, now, ct) is { } earlierAccount)
            {
                // The first press created the account but its answer was lost: answer it again, create nothing.
                return (Results<Created<AccountCreated>, ProblemHttpResult>)TypedResults.Created($"/api/portal/accounts/{earlierAccount}", new AccountCreated(earlierAccount));
            }
            var (flow, refused) = await LockFlowReadyForPhoneAsync(db, signupId, http, now, ct);
            if (flow is null) return refused!;

            var challenge = await db.PhoneCodeChallenges
                .Where(c => c.FlowId == flow.Id).OrderByDescending(c => c.CreatedAt).FirstOrDefaultAsync(ct);
            if (challenge is null) return Problems.Of(http, StatusCodes.Status409Conflict, "phone_code_not_sent");

            var address = await db.ConfirmedAddresses
                .FromSql($"SELECT * FROM confirmed_addresses WHERE member_id = {flow.MemberId} FOR UPDATE")
                .SingleOrDefaultAsync(ct);
            if (address is null || !MailboxAddress.Same(address.Email, flow.Email))
            {
                return Problems.Of(http, StatusCodes.Status409Conflict, "step1_not_completed", nextStep: SignupCodeSenderStep1);
            }
            if (address.AccountId is not null) return Problems.Of(http, StatusCodes.Status409Conflict, "account_exists");

            var check = challenge.Verify(hash => hasher.Matches(challenge.Id, code, hash), now);
            if (check != CodeCheck.Confirmed)
            {
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return check switch
                {
                    CodeCheck.Wrong => Problems.Of(http, StatusCodes.Status400BadRequest, "invalid_code", attemptsRemaining: challenge.AttemptsRemaining),
                    CodeCheck.Locked => Problems.Of(http, StatusCodes.Status410Gone, "code_locked", attemptsRemaining: 0),
                    CodeCheck.Expired => Problems.Of(http, StatusCodes.Status410Gone, "code_expired"),
                    CodeCheck.AlreadyUsed => Problems.Of(http, StatusCodes.Status410Gone, "code_used"),
                    _ => Problems.Of(http, StatusCodes.Status410Gone, "code_superseded"),
                };
            }

            var accountId = Guid.CreateVersion7(now);
            var user = new PortalUser
            {
                Id = accountId,
                MemberId = flow.MemberId,
                UserName = flow.Email,
                Email = flow.Email,
                EmailConfirmed = true,
                PhoneNumber = challenge.PhoneNumber,
                PhoneNumberConfirmed = true,
                PasswordHash = flow.PasswordHash,
                FamilyName = flow.FamilyName!,
                GivenName = flow.GivenName!,
                CreatedAt = now,
            };
            flow.Completed(challenge.PhoneNumber, accountId, now);
            address.AccountId = accountId;
            db.PublishThroughOutbox(new PortalAccountCreated(accountId, flow.MemberId, flow.Email, PhoneVerified: true, now), clock);
            // Saves the user and everything above in this transaction.
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                await transaction.RollbackAsync(ct);
                return Problems.Of(http, StatusCodes.Status409Conflict, "account_exists");
            }
            await transaction.CommitAsync(ct);
            return (Results<Created<AccountCreated>, ProblemHttpResult>)TypedResults.Created(
                $"/api/portal/accounts/{accountId}", new AccountCreated(accountId));
        }, cancellationToken);
    }

    private const string SignupCodeSenderStep1 = Application.SignupCodeSender.Step1Page;

    /// <summary>The account this sign-up created, when the typed code is the one that created it (§6.2, repeated presses).</summary>
    private static async Task<Guid?> RepeatedAccountCreationAsync(
        IdentityDbContext db, VerificationCodeHasher hasher, Guid signupId, string code, DateTimeOffset now, CancellationToken ct)
    {
        var flow = await db.SignupFlows.AsNoTracking().SingleOrDefaultAsync(f => f.Id == signupId && f.Status == SignupStatus.Completed, ct);
        if (flow?.AccountId is not { } accountId) return null;
        var challenge = await db.PhoneCodeChallenges.AsNoTracking()
            .Where(c => c.FlowId == flow.Id).OrderByDescending(c => c.CreatedAt).FirstAsync(ct);
        var repeated = challenge.IsRepeatOfUse(hash => hasher.Matches(challenge.Id, code, hash), now)
            && await db.Users.AnyAsync(u => u.Id == accountId, ct);
        return repeated ? accountId : null;
    }

    /// <summary>The flow, locked, once its e-mail is verified and its password and name are set: the phone steps' start.</summary>
    private static async Task<(SignupFlow? Flow, ProblemHttpResult? Refused)> LockFlowReadyForPhoneAsync(
        IdentityDbContext db, Guid signupId, HttpContext http, DateTimeOffset now, CancellationToken ct)
    {
        var (flow, refused) = await LockFlowAsync(db, signupId, http, now, ct);
        return flow?.Status switch
        {
            null => (null, refused),
            SignupStatus.EmailPending => (null, Problems.Of(http, StatusCodes.Status409Conflict, "email_not_verified")),
            SignupStatus.EmailVerified => (null, Problems.Of(http, StatusCodes.Status409Conflict, "profile_not_set")),
            _ => (flow, null),
        };
    }

    /// <summary>The flow, locked for this transaction, or why not: unknown, expired, or the member's account already exists.</summary>
    private static async Task<(SignupFlow? Flow, ProblemHttpResult? Refused)> LockFlowAsync(
        IdentityDbContext db, Guid signupId, HttpContext http, DateTimeOffset now, CancellationToken ct)
    {
        var flow = await db.SignupFlows.FromSql($"SELECT * FROM signup_flows WHERE id = {signupId} FOR UPDATE").SingleOrDefaultAsync(ct);
        if (flow is null) return (null, Problems.Of(http, StatusCodes.Status404NotFound, "signup_not_found"));
        if (flow.Status == SignupStatus.Completed) return (null, Problems.Of(http, StatusCodes.Status409Conflict, "account_exists"));
        if (flow.IsExpired(now)) return (null, Problems.Of(http, StatusCodes.Status410Gone, "signup_expired"));
        // Another sign-up of the same member already created the account: this one goes no further (and sends no SMS).
        if (await db.ConfirmedAddresses.AnyAsync(a => a.MemberId == flow.MemberId && a.AccountId != null, ct))
        {
            return (null, Problems.Of(http, StatusCodes.Status409Conflict, "account_exists"));
        }
        return (flow, null);
    }
}
