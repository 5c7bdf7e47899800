using Onboarding.Contracts.Commands;
using Onboarding.Notification.Domain;
using Onboarding.Notification.Templates;

namespace Onboarding.Notification.Tests;

public sealed class TemplateTests
{
    // 2026-11-24 21:30 UTC = 2026-11-25 06:30 JST; the code expires 15 minutes later.
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 21, 30, 0, TimeSpan.Zero);
    private static readonly Uri CodePage = new("https://onboarding.example/step1/passcode/7d1c0c52-2f1f-4d8b-9a55-0f0e7c6f9a11");

    [Fact]
    public void The_Japanese_passcode_mail_follows_the_printed_notice()
    {
        var mail = PasscodeEmailTemplate.Render(Passcode("ja"), Now);

        Assert.Equal("大学生協加入情報(メールアドレス)変更受付", mail.Subject);
        var lines = mail.TextBody.Split('\n');
        Assert.Equal("こんにちは。生活協同組合連合会大学生協事業連合です。", lines[0]);
        Assert.Contains("このメールは「大学生協加入情報(メールアドレス)変更受付ページ」からのパスコード(6桁の数字)のお届けになります。", mail.TextBody);
        Assert.Contains("「大学生協アプリ(公式)」サインイン用のメールアドレスの登録", mail.TextBody);
        Assert.Contains("パスコード: 441934", lines);
        Assert.Contains(CodePage.AbsoluteUri, lines);
        Assert.Contains("このパスコードの有効期限は15分です(2026年11月25日 6:45まで)。", mail.TextBody);
        Assert.Contains("このメールにお心当たりのない場合は", mail.TextBody);
        Assert.Contains("このメールは破棄してください", mail.TextBody);
    }

    [Fact]
    public void The_English_passcode_mail_says_the_same_without_a_Japanese_character()
    {
        var mail = PasscodeEmailTemplate.Render(Passcode("en"), Now);

        Assert.Equal(PasscodeEmailTemplate.Subject.En, mail.Subject);
        var lines = mail.TextBody.Split('\n');
        Assert.Equal("Hello. This is the University Co-op Business Federation.", lines[0]);
        Assert.Contains("Passcode: 441934", lines);
        Assert.Contains(CodePage.AbsoluteUri, lines);
        Assert.Contains("This passcode is valid for 15 minutes (until 06:45 JST on 25 November 2026).", mail.TextBody);
        Assert.Contains("If you did not request this passcode", mail.TextBody);
        Assert.DoesNotMatch(PasscodeEmailTests.Japanese(), mail.Subject + mail.TextBody);
    }

    [Fact]
    public void The_validity_is_computed_from_ExpiresAt()
    {
        (int secondsLeft, int minutesShown)[] rows =
        [
            (15 * 60, 15),
            (15 * 60 - 1, 15), // mailed a second after the code was made
            (9 * 60 + 50, 10),
            (20, 1), // never "0 minutes"
        ];

        Assert.All(rows, row =>
        {
            var (secondsLeft, minutesShown) = row;
            var command = Passcode("ja") with { ExpiresAt = Now.AddSeconds(secondsLeft) };

            var mail = PasscodeEmailTemplate.Render(command, Now);

            Assert.Contains($"有効期限は{minutesShown}分です", mail.TextBody);
        });
    }

    [Fact]
    public void One_minute_is_singular_in_English()
    {
        var command = Passcode("en") with { ExpiresAt = Now.AddSeconds(50) };

        Assert.Contains("valid for 1 minute (", PasscodeEmailTemplate.Render(command, Now).TextBody);
    }

    [Fact]
    public void Japanese_is_the_default_language()
    {
        (string? culture, MessageLanguage expected)[] rows =
        [
            ("ja", MessageLanguage.Japanese),
            ("ja-JP", MessageLanguage.Japanese),
            ("", MessageLanguage.Japanese),
            (null, MessageLanguage.Japanese),
            ("fr", MessageLanguage.Japanese),
            ("english", MessageLanguage.Japanese),
            ("en", MessageLanguage.English),
            ("EN", MessageLanguage.English),
            ("en-US", MessageLanguage.English),
            ("en_GB", MessageLanguage.English),
        ];

        Assert.All(rows, row =>
        {
            var (culture, expected) = row;
            Assert.Equal(expected, MessageLanguages.FromCulture(culture));
        });
    }

    [Fact]
    public void The_replaced_notice_names_the_new_address_masked_in_both_languages()
    {
        var command = new SendEmailReplacedNotice(Guid.NewGuid(), "old@example.jp", "new*****@example.jp", Now, "ja");

        var japanese = EmailReplacedNoticeTemplate.Render(command);
        var english = EmailReplacedNoticeTemplate.Render(command with { Culture = "en" });

        Assert.Equal(EmailReplacedNoticeTemplate.Subject.Ja, japanese.Subject);
        Assert.Contains("新しいメールアドレス: new*****@example.jp", japanese.TextBody);
        Assert.Contains("2026年11月25日 6:30に新しいアドレスへ変更されました", japanese.TextBody);
        Assert.Contains("New e-mail address: new*****@example.jp", english.TextBody);
        Assert.Contains("06:30 JST on 25 November 2026", english.TextBody);
        Assert.DoesNotMatch(PasscodeEmailTests.Japanese(), english.Subject + english.TextBody);
    }

    [Fact]
    public void The_test_mail_has_no_Japanese_in_English()
    {
        var english = TestEmailTemplate.Render(new SendTestEmail(Guid.NewGuid(), "ops@example.jp", "en"));
        var japanese = TestEmailTemplate.Render(new SendTestEmail(Guid.NewGuid(), "ops@example.jp", "ja"));

        Assert.DoesNotMatch(PasscodeEmailTests.Japanese(), english.Subject + english.TextBody);
        Assert.Matches(PasscodeEmailTests.Japanese(), japanese.TextBody);
    }

    [Fact]
    public void The_sms_carries_the_code_and_fits_one_segment()
    {
        var command = PhoneCode(PhoneChannel.Sms, "ja");

        var japanese = PhoneCodeTemplate.Render(command, Now);
        var english = PhoneCodeTemplate.Render(command with { Culture = "en" }, Now);

        Assert.Contains("確認コード: 305917", japanese);
        Assert.Contains("有効期限は10分です", japanese);
        Assert.True(japanese.Length <= 70, $"{japanese.Length} characters: more than one SMS segment");
        Assert.Contains("your verification code is 305917", english);
        Assert.Contains("valid for 10 minutes", english);
        Assert.DoesNotMatch(PasscodeEmailTests.Japanese(), english);
    }

    [Fact]
    public void The_voice_script_reads_the_code_digit_by_digit_twice()
    {
        var command = PhoneCode(PhoneChannel.Voice, "ja");

        var japanese = PhoneCodeTemplate.Render(command, Now);
        var english = PhoneCodeTemplate.Render(command with { Culture = "en" }, Now);

        Assert.Equal(2, japanese.Split("さん、ゼロ、ごー、きゅう、いち、なな").Length - 1);
        Assert.DoesNotContain("305917", japanese);
        Assert.Contains("もう一度繰り返します", japanese);
        Assert.Contains("有効期限は10分です", japanese);
        Assert.Equal(2, english.Split("three, zero, five, nine, one, seven").Length - 1);
        Assert.DoesNotContain("305917", english);
        Assert.DoesNotMatch(PasscodeEmailTests.Japanese(), english);
    }

    [Fact]
    public void Every_digit_has_a_Japanese_reading()
    {
        Assert.Equal("ゼロ、いち、にー、さん、よん、ごー、ろく、なな、はち、きゅう", PhoneCodeTemplate.SpellDigits("0123456789", MessageLanguage.Japanese.Culture()));
        Assert.Equal("zero, one, two, three, four, five, six, seven, eight, nine", PhoneCodeTemplate.SpellDigits("0123456789", MessageLanguage.English.Culture()));
    }

    private static SendPasscodeEmail Passcode(string culture) =>
        new(Guid.NewGuid(), "taro@example.jp", "441934", CodePage, Now.AddMinutes(15), culture);

    private static SendPhoneCode PhoneCode(PhoneChannel channel, string culture) =>
        new(Guid.NewGuid(), "+819012345678", "305917", channel, Now.AddMinutes(10), culture);
}
