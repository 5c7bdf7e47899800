using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Onboarding.Contracts;
using Onboarding.Contracts.Commands;
using Onboarding.Contracts.Events;
using Onboarding.IdentityPortal.Apis;
using Onboarding.IdentityPortal.Domain;
using Onboarding.IdentityPortal.Infrastructure;
using Onboarding.Messaging.Outbox;
using Onboarding.ServiceDefaults.Problems;

namespace Onboarding.IdentityPortal.Application;

/// <summary>
/// 設定 → 電話番号の変更: STEP 2's phone step for the signed-in account. The new number (parsed as in STEP 2) gets a code
/// by SMS or voice call through <see cref="SendPhoneCode"/>, under STEP 2's rules and caps (<see cref="PhoneCodeIssue"/>);
/// the right code makes it the account's number and publishes <see cref="PortalPhoneNumberChanged"/>, in one transaction.
/// </summary>
public sealed class AccountPhoneChange(IdentityDbContext db, VerificationCodeHasher hasher, TimeProvider clock)
{
    public sealed record PhoneChanged(string PhoneNumber);

    public async Task<Results<Accepted<SignupAccountApi.PhoneCodeSent>, ProblemHttpResult>> SendCodeAsync(Guid accountId,
        SignupAccountApi.PhoneRequest request, HttpContext http, CancellationToken cancellationToken)
    {
        var (number, errors) = JapanesePhoneNumber.ParseRequest(request.PhoneNumber, request.Channel);
        if (errors.Count > 0) return Problems.Validation(http, errors);
        var channel = JapanesePhoneNumber.ChannelOf(request.Channel)!.Value;

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (await AccountSettingsApi.LockAccountAsync(db, accountId, ct) is not { } user) return AccountSettingsApi.SignInRequired(http);
            var now = clock.GetUtcNow();
            var latest = await db.PhoneChangeCodes.Where(c => c.FlowId == user.Id).OrderByDescending(c => c.CreatedAt).FirstOrDefaultAsync(ct);
            if (await PhoneCodeIssue.RefusalAsync(db, user.MemberId, number!.E164, latest, now, http, ct) is { } tooMany) return tooMany;

            var older = await db.PhoneChangeCodes.Where(c => c.FlowId == user.Id && c.Status == CodeStatus.Pending).ToListAsync(ct);
            foreach (var code in older) code.Void();
            var codeId = Guid.CreateVersion7(now);
            var plain = VerificationCode.NewCode();
            var challenge = PhoneChangeCode.Issue(codeId, user.Id, number.E164, channel, hasher.Hash(codeId, plain), now);
            db.PhoneChangeCodes.Add(challenge);
            db.SendThroughOutbox(QueueNames.Notification,
                new SendPhoneCode(codeId, number.E164, plain, channel, challenge.ExpiresAt, MemberCulture.Of(http.Request)), clock);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return (Results<Accepted<SignupAccountApi.PhoneCodeSent>, ProblemHttpResult>)TypedResults.Accepted(
                "/api/portal/account", new SignupAccountApi.PhoneCodeSent(number.Masked, challenge.ExpiresAt, challenge.ResendAvailableAt));
        }, cancellationToken);
    }

    public async Task<Results<Ok<PhoneChanged>, ProblemHttpResult>> VerifyAsync(Guid accountId, string? typedCode, HttpContext http,
        CancellationToken cancellationToken)
    {
        var code = VerificationCode.Normalize(typedCode);
        if (string.IsNullOrWhiteSpace(typedCode)) return Problems.Validation(http, new Dictionary<string, string> { ["code"] = "code.required" });
        if (code is null) return Problems.Validation(http, new Dictionary<string, string> { ["code"] = "code.format" });

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // Locking the account serialises guesses, so the attempt count cannot be outrun by parallel requests.
            if (await AccountSettingsApi.LockAccountAsync(db, accountId, ct) is not { } user) return AccountSettingsApi.SignInRequired(http);
            var challenge = await db.PhoneChangeCodes.Where(c => c.FlowId == user.Id).OrderByDescending(c => c.CreatedAt).FirstOrDefaultAsync(ct);
            if (challenge is null) return Problems.Of(http, StatusCodes.Status409Conflict, "phone_code_not_sent");

            var now = clock.GetUtcNow();
            var check = challenge.Verify(hash => hasher.Matches(challenge.Id, code, hash), now);
            if (check == CodeCheck.Confirmed)
            {
                user.PhoneNumber = challenge.PhoneNumber;
                user.PhoneNumberConfirmed = true;
                // As ASP.NET Core Identity does on a phone change; the refresh tokens' password version is unaffected.
                user.SecurityStamp = Guid.NewGuid().ToString("N");
                user.ConcurrencyStamp = Guid.NewGuid().ToString();
                db.PublishThroughOutbox(new PortalPhoneNumberChanged(user.Id, user.MemberId, now), clock);
            }
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return check switch
            {
                CodeCheck.Confirmed => TypedResults.Ok(new PhoneChanged(JapanesePhoneNumber.MaskE164(challenge.PhoneNumber)!)),
                CodeCheck.Wrong => Problems.Of(http, StatusCodes.Status400BadRequest, "invalid_code", attemptsRemaining: challenge.AttemptsRemaining),
                CodeCheck.Locked => Problems.Of(http, StatusCodes.Status410Gone, "code_locked", attemptsRemaining: 0),
                CodeCheck.Expired => Problems.Of(http, StatusCodes.Status410Gone, "code_expired"),
                CodeCheck.AlreadyUsed => Problems.Of(http, StatusCodes.Status410Gone, "code_used"),
                _ => (Results<Ok<PhoneChanged>, ProblemHttpResult>)Problems.Of(http, StatusCodes.Status410Gone, "code_superseded"),
            };
        }, cancellationToken);
    }
}
