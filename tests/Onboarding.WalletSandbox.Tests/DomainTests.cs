using Onboarding.WalletSandbox.Domain;

namespace Onboarding.WalletSandbox.Tests;

/// <summary>The sandbox's rules without a database: contacts, login codes, seeded wallets.</summary>
public sealed class DomainTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Contacts_are_normalised()
    {
        (string typed, string expected, bool isEmail)[] rows =
        [
            ("Taro@Example.JP", "Taro@example.jp", true),
            (" ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ ", "taro@example.jp", true),
            ("090-1234-5678", "+819012345678", false),
            ("０９０ー１２３４ー５６７８", "+819012345678", false),
            ("+81 90 1234 5678", "+819012345678", false),
            ("03-1234-5678", "+81312345678", false),
        ];

        Assert.All(rows, row =>
        {
            var (typed, expected, isEmail) = row;
            var contact = WalletContact.Parse(typed);
            Assert.NotNull(contact);
            Assert.Equal(expected, contact.Value);
            Assert.Equal(isEmail, contact.IsEmail);
        });
    }

    [Fact]
    public void Other_input_is_no_contact()
    {
        string?[] rows =
        [
            null,
            "",
            "taro@localhost",
            "taro@@example.jp",
            "090-1234",
            "1234-5678-9012",
            "00-1234-5678",
        ];

        Assert.All(rows, typed =>
        {
        Assert.Null(WalletContact.Parse(typed));
        });
    }

    [Fact]
    public void Contacts_are_masked_for_pages_and_logs()
    {
        Assert.Equal("tar*****@example.jp", WalletContact.Parse("taro@example.jp")!.Masked);
        Assert.Equal("*******5678", WalletContact.Parse("090-1234-5678")!.Masked);
    }

    [Fact]
    public void A_login_code_is_six_digits_stored_only_as_a_hash()
    {
        var (challenge, code) = LoginChallenge.Issue(WalletContact.Parse("taro@example.jp")!, Now);
        Assert.Matches("^[0-9]{6}$", code);
        Assert.Equal(32, challenge.CodeHash.Length);
        Assert.DoesNotContain(code, Convert.ToHexString(challenge.CodeHash));
        Assert.Equal(Now.AddMinutes(10), challenge.ExpiresAt);
    }

    [Fact]
    public void A_login_code_expires_after_ten_minutes()
    {
        var (challenge, code) = LoginChallenge.Issue(WalletContact.Parse("taro@example.jp")!, Now);
        Assert.Equal(LoginCodeCheck.Expired, challenge.Check(code, Now.AddMinutes(10)));
        Assert.Equal(LoginCodeCheck.Accepted, challenge.Check(code, Now.AddMinutes(9).AddSeconds(59)));
    }

    [Fact]
    public void A_login_code_allows_five_wrong_tries_and_one_use()
    {
        var (challenge, code) = LoginChallenge.Issue(WalletContact.Parse("taro@example.jp")!, Now);
        var wrong = code == "000000" ? "111111" : "000000";
        for (var i = 0; i < 4; i++) Assert.Equal(LoginCodeCheck.Wrong, challenge.Check(wrong, Now));
        Assert.Equal(1, challenge.RemainingAttempts);
        Assert.Equal(LoginCodeCheck.Accepted, challenge.Check(code, Now));
        Assert.Equal(LoginCodeCheck.Used, challenge.Check(code, Now));

        var (other, otherCode) = LoginChallenge.Issue(WalletContact.Parse("taro@example.jp")!, Now);
        var otherWrong = otherCode == "000000" ? "111111" : "000000";
        for (var i = 0; i < 4; i++) other.Check(otherWrong, Now);
        Assert.Equal(LoginCodeCheck.TooManyAttempts, other.Check(otherWrong, Now));
        Assert.Equal(LoginCodeCheck.TooManyAttempts, other.Check(otherCode, Now));
    }

    [Fact]
    public void Seeded_wallets_are_believable_and_follow_from_the_user_id()
    {
        for (var i = 0; i < 200; i++)
        {
            var userId = Guid.NewGuid();
            var (account, transactions) = SeededWallet.For(userId, Now);
            Assert.InRange(transactions.Count, 5, 10);
            Assert.Equal("生協電子マネー", account.Name);
            Assert.Equal("topup", transactions[0].Type);
            Assert.Equal(account.MoneyBalance, transactions.Sum(t => t.MoneyAmount));
            Assert.Equal(account.PointBalance, transactions.Sum(t => t.PointAmount));
            Assert.All(transactions, t => Assert.True(t.DoneAt < Now));

            // Never spent money that was not there.
            decimal running = 0;
            foreach (var transaction in transactions)
            {
                running += transaction.MoneyAmount;
                Assert.True(running >= 0, $"Negative balance for {userId}");
            }

            var again = SeededWallet.For(userId, Now);
            Assert.Equal(account.Id, again.Account.Id);
            Assert.Equal(transactions.Select(t => (t.Id, t.Amount, t.Description)), again.Transactions.Select(t => (t.Id, t.Amount, t.Description)));
        }
    }
}
