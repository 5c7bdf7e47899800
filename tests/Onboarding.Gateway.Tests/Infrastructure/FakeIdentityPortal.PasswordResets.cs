extern alias portal;

using System.Security.Cryptography;
using System.Text.Json;
using Onboarding.Contracts;
using portal::Onboarding.IdentityPortal.Domain;

namespace Onboarding.Gateway.Tests.Infrastructure;

/// <summary>
/// パスワードをお忘れの方 in the fake identity-portal: a reset for any address (a code "mailed" only when it has an
/// account), the service's code rules (<see cref="PasswordResetCode"/>) and password rules (<see cref="ProfileRules"/>);
/// a completed reset sets the account's password, revokes its refresh tokens, and refuses every further code.
/// </summary>
public sealed partial class FakeIdentityPortal
{
    private readonly Dictionary<Guid, PendingReset> _resets = [];
    private readonly Dictionary<string, string> _passwords = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The password an account signs in with now (<see cref="AccountPassword"/> until reset).</summary>
    public string PasswordOf(string email)
    {
        lock (_gate) return _passwords.GetValueOrDefault(email, AccountPassword);
    }

    private void ResetPasswordResets()
    {
        _resets.Clear();
        _passwords.Clear();
    }

    private (int, object?) RoutePasswordResets(string method, string[] segments, JsonElement body, string culture) => (method, segments) switch
    {
        ("POST", ["api", "portal", "password-resets"]) => StartReset(body, culture),
        ("POST", ["api", "portal", "password-resets", var id, "email-code"]) when Guid.TryParse(id, out var resetId) => ResendReset(resetId, culture),
        ("POST", ["api", "portal", "password-resets", var id, "completion"]) when Guid.TryParse(id, out var resetId) => CompleteReset(resetId, body, culture),
        _ => RouteAccount(method, segments),
    };

    private (int, object?) StartReset(JsonElement body, string culture)
    {
        var raw = String(body, "email");
        var email = EmailAddress.Normalize(raw);
        if (string.IsNullOrWhiteSpace(raw)) return Validation("email", "email.required", culture);
        if (email is null) return Validation("email", "email.invalid", culture);
        var reset = new PendingReset(Guid.NewGuid(), email);
        _resets[reset.Id] = reset;
        IssueResetCode(reset);
        return (202, ResetStarted(reset));
    }

    private (int, object?) ResendReset(Guid resetId, string culture)
    {
        if (!_resets.TryGetValue(resetId, out var reset)) return (404, ProblemOf(404, "password_reset_not_found", culture));
        if (reset.Completed) return (410, ProblemOf(410, "password_reset_used", culture));
        if (TooSoon(reset.Code, culture) is { } tooSoon) return tooSoon;
        IssueResetCode(reset);
        return (202, ResetStarted(reset));
    }

    private (int, object?) CompleteReset(Guid resetId, JsonElement body, string culture)
    {
        if (!_resets.TryGetValue(resetId, out var reset)) return (404, ProblemOf(404, "password_reset_not_found", culture));
        if (reset.Completed) return (410, ProblemOf(410, "password_reset_used", culture));
        var errors = new Dictionary<string, string>();
        var code = String(body, "code");
        if (string.IsNullOrWhiteSpace(code)) errors["code"] = "code.required";
        else if (VerificationCode.Normalize(code) is null) errors["code"] = "code.format";
        var password = String(body, "password");
        if (ProfileRules.CheckPassword(password, reset.Email) is { } passwordError) errors["password"] = passwordError;
        var confirmation = String(body, "passwordConfirmation");
        if (string.IsNullOrEmpty(confirmation)) errors["passwordConfirmation"] = "passwordConfirmation.required";
        else if (confirmation != password) errors["passwordConfirmation"] = "passwordConfirmation.mismatch";
        if (errors.Count > 0) return (400, ValidationOf(errors, culture));
        if (CheckCode(reset.Code, body, culture) is { } refused) return refused;

        reset.Completed = true;
        _passwords[reset.Email] = password!;
        RevokeRefreshTokens();
        return (200, new { changedAt = DateTimeOffset.UtcNow });
    }

    private void IssueResetCode(PendingReset reset)
    {
        reset.Code?.Rule.Void();
        var (plain, hash) = NewCode();
        var hasAccount = _accounts.Contains(reset.Email);
        var rule = PasswordResetCode.Issue(Guid.NewGuid(), reset.Id, reset.Email, hasAccount ? hash : RandomNumberGenerator.GetBytes(32), DateTimeOffset.UtcNow);
        reset.Code = new IssuedCode(rule, plain);
        if (hasAccount) Mail.Enqueue(new SentPasscode(reset.Id, reset.Email, plain));
    }

    private static object ResetStarted(PendingReset reset) => new
    {
        passwordResetId = reset.Id,
        sentTo = EmailAddress.Mask(reset.Email),
        expiresAt = DateTimeOffset.UtcNow + PasswordReset.Lifetime,
        codeExpiresAt = reset.Code.ExpiresAt,
        resendAvailableAt = reset.Code.ResendAvailableAt,
    };

    private sealed class PendingReset(Guid id, string email)
    {
        public Guid Id { get; } = id;
        public string Email { get; } = email;
        public IssuedCode Code { get; set; } = null!;
        public bool Completed { get; set; }
    }
}
