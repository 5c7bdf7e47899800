using Onboarding.Contracts.Commands;
using Onboarding.Notification.Templates;

namespace Onboarding.Notification.Tests;

/// <summary>A reminder wave's mail: the last day, the member's exact next step in the notice's words, and its page.</summary>
public sealed class DeadlineReminderTemplateTests
{
    private static SendDeadlineReminder Reminder(string nextStep, string culture) =>
        new(Guid.NewGuid(), "2027-01-01-d7", "a@example.ac.jp", nextStep, new Uri($"https://coop.example/{nextStep}"), new DateOnly(2026, 12, 31), culture);

    [Fact]
    public void The_reminder_names_the_last_day_and_the_next_step_with_its_link()
    {
        (string NextStep, string Japanese, string English)[] rows =
        [
            ("step1", "あなたの次のステップ：STEP 1 メールアドレスの確認", "Your next step: STEP 1 Confirm your e-mail address"),
            ("step2", "あなたの次のステップ：STEP 2 マイポータルへの登録", "Your next step: STEP 2 Register for My Portal"),
            ("step3", "あなたの次のステップ：STEP 3 PokePay認証", "Your next step: STEP 3 PokePay authentication"),
        ];
        Assert.All(rows, row =>
        {
            var ja = DeadlineReminderTemplate.Render(Reminder(row.NextStep, "ja"));
            Assert.Equal("【大学生協】電子マネーの移行手続きは2026年12月31日までです", ja.Subject);
            Assert.Contains("2026年12月31日までに3つのステップをすべて完了しないと", ja.TextBody);
            Assert.Contains(row.Japanese, ja.TextBody.Split('\n'));
            Assert.Contains($"https://coop.example/{row.NextStep}", ja.TextBody.Split('\n'));

            var en = DeadlineReminderTemplate.Render(Reminder(row.NextStep, "en"));
            Assert.Equal("University Co-op: finish the e-money transfer by 31 December 2026", en.Subject);
            Assert.Contains(row.English, en.TextBody.Split('\n'));
            Assert.DoesNotMatch(PasscodeEmailTests.Japanese(), en.Subject + en.TextBody);
        });
    }
}
