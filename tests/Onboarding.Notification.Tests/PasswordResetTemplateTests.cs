using Onboarding.Contracts.Commands;
using Onboarding.Notification.Templates;

namespace Onboarding.Notification.Tests;

/// <summary>The forgot-password mails (issue 13 §2): the reset code, and the notice after the password was changed.</summary>
public sealed class PasswordResetTemplateTests
{
    // 2026-11-24 21:30 UTC = 2026-11-25 06:30 JST.
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 21, 30, 0, TimeSpan.Zero);

    [Fact]
    public void The_reset_code_mail_carries_the_code_its_validity_and_what_to_do_if_unasked()
    {
        var ja = PasswordResetCodeTemplate.Render(new SendPasswordResetCode(Guid.NewGuid(), "a@example.ac.jp", "418203", Now.AddMinutes(15), "ja"), Now);
        Assert.Equal("【大学生協】マイポータル パスワード再設定の確認コード", ja.Subject);
        Assert.Contains("確認コード: 418203", ja.TextBody.Split('\n'));
        Assert.Contains("この確認コードの有効期限は15分です(2026年11月25日 6:45まで)。", ja.TextBody);
        Assert.Contains("パスワードは変更されていません", ja.TextBody);

        var en = PasswordResetCodeTemplate.Render(new SendPasswordResetCode(Guid.NewGuid(), "a@example.ac.jp", "418203", Now.AddMinutes(15), "en"), Now);
        Assert.Equal("University Co-op My Portal: your password reset code", en.Subject);
        Assert.Contains("Verification code: 418203", en.TextBody.Split('\n'));
        Assert.Contains("valid for 15 minutes (until 06:45 JST on 25 November 2026)", en.TextBody);
        Assert.DoesNotMatch(PasscodeEmailTests.Japanese(), en.Subject + en.TextBody);
    }

    [Fact]
    public void The_notice_says_when_the_password_was_changed_that_sign_ins_ended_and_whom_to_contact()
    {
        var ja = PasswordChangedNoticeTemplate.Render(new SendPasswordChangedNotice(Guid.NewGuid(), "a@example.ac.jp", Now, "ja"));
        Assert.Equal("【大学生協】マイポータル パスワード変更のお知らせ", ja.Subject);
        Assert.Contains("2026年11月25日 6:30に「パスワードをお忘れの方」から再設定されました", ja.TextBody);
        Assert.Contains("すべてのサインインを終了しました", ja.TextBody);
        Assert.Contains("お心当たりのない場合は、第三者によって変更された可能性があります。お手数ですが、ご所属の大学生協までお問い合わせください。", ja.TextBody);

        var en = PasswordChangedNoticeTemplate.Render(new SendPasswordChangedNotice(Guid.NewGuid(), "a@example.ac.jp", Now, "en"));
        Assert.Equal("University Co-op My Portal: your password was changed", en.Subject);
        Assert.Contains("reset at 06:30 JST on 25 November 2026", en.TextBody);
        Assert.Contains("Please contact your university co-op.", en.TextBody);
        Assert.DoesNotMatch(PasscodeEmailTests.Japanese(), en.Subject + en.TextBody);
    }
}
