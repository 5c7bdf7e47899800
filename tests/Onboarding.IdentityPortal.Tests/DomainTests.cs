using Onboarding.Contracts;
using Onboarding.IdentityPortal.Domain;

namespace Onboarding.IdentityPortal.Tests;

/// <summary>The code rules of docs/architecture.md §6.2, without a database.</summary>
public sealed class DomainTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Wrong_passwords_lock_after_five_in_a_row_but_a_quiet_day_starts_the_count_over()
    {
        var lockout = new SignInLockout { EmailKey = [1] };
        for (var i = 0; i < 4; i++) Assert.False(lockout.RecordFailure(Now));
        Assert.True(lockout.RecordFailure(Now + TimeSpan.FromHours(23)));

        var forgetting = new SignInLockout { EmailKey = [2] };
        for (var i = 0; i < 4; i++) forgetting.RecordFailure(Now);
        Assert.False(forgetting.RecordFailure(Now + SignInLockout.FailureMemory));
        Assert.Equal(1, forgetting.FailedAttempts);
    }

    [Fact]
    public void Typed_codes_are_normalised_to_six_ascii_digits()
    {
        (string? typed, string? expected)[] rows =
        [
            ("123456", "123456"),
            ("１２３４５６", "123456"),
            (" 123 456 ", "123456"),
            ("12345", null),
            ("abcdef", null),
            (null, null),
        ];

        Assert.All(rows, row =>
        {
            var (typed, expected) = row;
            Assert.Equal(expected, VerificationCode.Normalize(typed));
        });
    }

    [Fact]
    public void New_codes_are_six_digits_and_vary()
    {
        var codes = Enumerable.Range(0, 50).Select(_ => VerificationCode.NewCode()).ToList();
        Assert.All(codes, code => Assert.Matches("^[0-9]{6}$", code));
        Assert.True(codes.Distinct().Count() > 40);
    }

    [Fact]
    public void The_hash_is_keyed_and_bound_to_the_code_id()
    {
        var id = Guid.NewGuid();
        var hasher = new VerificationCodeHasher("k1-0123456789abcdef0123456789abcdef"u8.ToArray());
        var hash = hasher.Hash(id, "123456");
        Assert.True(hasher.Matches(id, "123456", hash));
        Assert.False(hasher.Matches(Guid.NewGuid(), "123456", hash));
        Assert.False(new VerificationCodeHasher("k2-0123456789abcdef0123456789abcdef"u8.ToArray()).Matches(id, "123456", hash));
    }

    [Fact]
    public void A_code_allows_five_wrong_tries_then_locks()
    {
        var code = EmailCodeChallenge.Issue(Guid.NewGuid(), Guid.NewGuid(), "a@example.jp", [1], Now);
        for (var i = 0; i < 4; i++) Assert.Equal(CodeCheck.Wrong, code.Verify(_ => false, Now));
        Assert.Equal(CodeCheck.Locked, code.Verify(_ => false, Now));
        Assert.Equal(CodeCheck.Locked, code.Verify(_ => true, Now));
    }

    [Fact]
    public void A_code_works_once_and_only_for_15_minutes()
    {
        var code = EmailCodeChallenge.Issue(Guid.NewGuid(), Guid.NewGuid(), "a@example.jp", [1], Now);
        Assert.Equal(CodeCheck.Expired, code.Verify(_ => true, Now.AddMinutes(15)));
        Assert.Equal(CodeCheck.Confirmed, code.Verify(_ => true, Now.AddMinutes(14)));
        Assert.Equal(CodeCheck.AlreadyUsed, code.Verify(_ => true, Now.AddMinutes(14)));
    }

    [Fact]
    public void Resend_waits_60_seconds_and_stops_at_10_a_day()
    {
        var sent = new List<EmailCodeChallenge>();
        for (var i = 0; i < 10; i++)
        {
            var at = Now.AddMinutes(i);
            Assert.Null(EmailCodeChallenge.MaySend(sent, at).Refusal);
            sent.Add(EmailCodeChallenge.Issue(Guid.NewGuid(), Guid.NewGuid(), "a@example.jp", [1], at));
            Assert.Equal((CodeRefusal.TooSoon, TimeSpan.FromSeconds(30)), EmailCodeChallenge.MaySend(sent, at.AddSeconds(30)));
        }
        Assert.Equal((CodeRefusal.DailyLimit, TimeSpan.FromHours(24) - TimeSpan.FromMinutes(10)),
            EmailCodeChallenge.MaySend(sent, Now.AddMinutes(10)));
    }

    [Fact]
    public void Addresses_are_normalised_as_in_step1()
    {
        (string typed, string? expected)[] rows =
        [
            ("ｈａｎａｋｏ＠Example.AC.JP ", "hanako@example.ac.jp"),
            ("Hanako@EXAMPLE.jp", "Hanako@example.jp"),
            ("hanako@example", null),
        ];

        Assert.All(rows, row =>
        {
            var (typed, expected) = row;
            Assert.Equal(expected, EmailAddress.Normalize(typed));
        });
    }
}
