using Onboarding.Contracts.Commands;
using Onboarding.Notification.Templates;

namespace Onboarding.Notification.Tests;

/// <summary>The account settings mails (issue 13 §3): the new address's code, the old address's notice, the password notice.</summary>
public sealed class SettingsTemplateTests
{
    // 2026-11-24 21:30 UTC = 2026-11-25 06:30 JST.
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 21, 30, 0, TimeSpan.Zero);

    [Fact]
    public void The_new_address_gets_its_code_its_validity_and_what_to_do_if_unasked()
    {
        var ja = EmailChangeCodeTemplate.Render(new SendEmailChangeCode(Guid.NewGuid(), "new@example.ac.jp", "418203", Now.AddMinutes(15), "ja"), Now);
        Assert.Equal("【大学生協】マイポータル メールアドレス変更の確認コード", ja.Subject);
        Assert.Contains("確認コード: 418203", ja.TextBody.Split('\n'));
        Assert.Contains("この確認コードの有効期限は15分です(2026年11月25日 6:45まで)。", ja.TextBody);
        Assert.Contains("メールアドレスは変更されていません", ja.TextBody);

        var en = EmailChangeCodeTemplate.Render(new SendEmailChangeCode(Guid.NewGuid(), "new@example.ac.jp", "418203", Now.AddMinutes(15), "en"), Now);
        Assert.Equal("University Co-op My Portal: confirm your new e-mail address", en.Subject);
        Assert.Contains("Verification code: 418203", en.TextBody.Split('\n'));
        Assert.DoesNotMatch(PasscodeEmailTests.Japanese(), en.Subject + en.TextBody);
    }

    [Fact]
    public void The_old_address_is_told_when_and_to_which_masked_address_and_whom_to_contact()
    {
        var ja = EmailChangedNoticeTemplate.Render(new SendEmailChangedNotice(Guid.NewGuid(), "old@example.ac.jp", "new*****@example.ac.jp", Now, "ja"));
        Assert.Equal("【大学生協】マイポータル メールアドレス変更のお知らせ", ja.Subject);
        Assert.Contains("2026年11月25日 6:30に「設定」から新しいアドレスへ変更されました", ja.TextBody);
        Assert.Contains("新しいメールアドレス: new*****@example.ac.jp", ja.TextBody.Split('\n'));
        Assert.Contains("ご所属の大学生協までお問い合わせください", ja.TextBody);

        var en = EmailChangedNoticeTemplate.Render(new SendEmailChangedNotice(Guid.NewGuid(), "old@example.ac.jp", "new*****@example.ac.jp", Now, "en"));
        Assert.Equal("University Co-op My Portal: your e-mail address was changed", en.Subject);
        Assert.Contains("New e-mail address: new*****@example.ac.jp", en.TextBody.Split('\n'));
        Assert.DoesNotMatch(PasscodeEmailTests.Japanese(), en.Subject + en.TextBody);
    }

    [Fact]
    public void A_change_in_the_settings_says_so_and_that_the_other_sign_ins_ended()
    {
        var ja = PasswordChangedNoticeTemplate.Render(new SendPasswordChangedNotice(Guid.NewGuid(), "a@example.ac.jp", Now, "ja", ByReset: false));
        Assert.Contains("2026年11月25日 6:30に「設定」から変更されました", ja.TextBody);
        Assert.Contains("変更に使われた画面以外のすべてのサインインを終了しました", ja.TextBody);

        var en = PasswordChangedNoticeTemplate.Render(new SendPasswordChangedNotice(Guid.NewGuid(), "a@example.ac.jp", Now, "en", ByReset: false));
        Assert.Contains("changed at 06:30 JST on 25 November 2026 in the settings", en.TextBody);
        Assert.Contains("every other sign-in has been ended", en.TextBody);
        Assert.DoesNotMatch(PasscodeEmailTests.Japanese(), en.Subject + en.TextBody);
    }
}
