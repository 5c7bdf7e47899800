extern alias portal;

using System.Text.Json;
using portal::Onboarding.IdentityPortal.Domain;

namespace Onboarding.Gateway.Tests.Infrastructure;

/// <summary>
/// Password sign-in of the fake identity-portal (パスワードでログイン), with the service's own lock-out rule
/// (<see cref="SignInLockout"/>): every account's password is <see cref="AccountPassword"/>; a wrong password and an
/// unknown address get the same 401 and count alike, per mailbox.
/// </summary>
public sealed partial class FakeIdentityPortal
{
    public const string AccountPassword = "Koala-Sunrise-2026";

    private readonly Dictionary<string, SignInLockout> _lockouts = new(StringComparer.OrdinalIgnoreCase);

    private (int, object?) PasswordSignIn(string email, JsonElement password, string culture)
    {
        var typed = password.ValueKind == JsonValueKind.String ? password.GetString() : null;
        if (string.IsNullOrEmpty(typed)) return Validation("password", "password.required", culture);

        var now = DateTimeOffset.UtcNow;
        if (!_lockouts.TryGetValue(email, out var lockout))
        {
            _lockouts[email] = lockout = new SignInLockout { EmailKey = [] };
        }
        if (lockout.RemainingLock(now) is { } wait) return Locked(wait, culture);
        if (_accounts.Contains(email) && typed == _passwords.GetValueOrDefault(email, AccountPassword))
        {
            lockout.Reset();
            return (200, IssueTokens(MemberIdOf(email)));
        }
        if (lockout.RecordFailure(now)) return Locked(lockout.RemainingLock(now)!.Value, culture);
        return (401, ProblemOf(401, "invalid_credentials", culture, attemptsRemaining: SignInLockout.MaxFailedAttempts - lockout.FailedAttempts));
    }

    private static (int, object?) Locked(TimeSpan wait, string culture) =>
        (429, ProblemOf(429, "sign_in_locked", culture, retryAfterSeconds: (int)Math.Ceiling(wait.TotalSeconds)));

    private void ResetPasswords() => _lockouts.Clear();

    /// <summary>What StartSignIn does with a body that has a password: a password sign-in, never a mailed code.</summary>
    private static bool HasPassword(JsonElement body, out JsonElement password)
    {
        password = default;
        return body.ValueKind == JsonValueKind.Object && body.TryGetProperty("password", out password) && password.ValueKind != JsonValueKind.Null;
    }
}
