using Onboarding.Contracts.Commands;
using Onboarding.Notification.Templates;

namespace Onboarding.Notification.Tests;

/// <summary>The notice after the member deleted the portal account (issue 13 §5).</summary>
public sealed class PortalAccountDeletedTemplateTests
{
    // 2026-11-24 21:30 UTC = 2026-11-25 06:30 JST.
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 21, 30, 0, TimeSpan.Zero);

    [Fact]
    public void The_notice_says_when_the_account_went_what_stays_how_to_come_back_and_whom_to_contact()
    {
        var ja = PortalAccountDeletedNoticeTemplate.Render(new SendPortalAccountDeletedNotice(Guid.NewGuid(), "a@example.ac.jp", Now, "ja"));
        Assert.Equal("【大学生協】マイポータル アカウント削除のお知らせ", ja.Subject);
        Assert.Contains("2026年11月25日 6:30にご本人の申し出により削除しました", ja.TextBody);
        Assert.Contains("PokePayとの連携も解除されています", ja.TextBody);
        Assert.Contains("生協の組合員としての登録はそのまま残ります", ja.TextBody);
        Assert.Contains("STEP 2「マイポータルへの登録」からやり直してください", ja.TextBody);
        Assert.Contains("ご所属の大学生協までお問い合わせください", ja.TextBody);

        var en = PortalAccountDeletedNoticeTemplate.Render(new SendPortalAccountDeletedNotice(Guid.NewGuid(), "a@example.ac.jp", Now, "en"));
        Assert.Equal("University Co-op My Portal: your account was deleted", en.Subject);
        Assert.Contains("deleted at 06:30 JST on 25 November 2026", en.TextBody);
        Assert.Contains("start over from STEP 2", en.TextBody);
        Assert.DoesNotMatch(PasscodeEmailTests.Japanese(), en.Subject + en.TextBody);
    }
}
