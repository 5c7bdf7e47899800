using Onboarding.Contracts.Commands;
using Onboarding.Notification.Templates;

namespace Onboarding.Notification.Tests;

/// <summary>A reminder wave's SMS: short, Japanese, the last day, the next step in the notice's words and its page.</summary>
public sealed class DeadlineReminderSmsTemplateTests
{
    // A step page URL of 23 characters, as long as one may be for the SMS to stay one segment.
    private const string ShortHost = "https://u-coop.jp";

    private static SendDeadlineReminderSms Reminder(string nextStep, string culture, DateOnly? lastDay = null) =>
        new(Guid.NewGuid(), "2027-01-01-d7", "+819012345678", nextStep, new Uri($"{ShortHost}/{nextStep}"),
            lastDay ?? new DateOnly(2026, 12, 31), culture);

    [Fact]
    public void The_sms_names_the_last_day_and_the_next_step_with_its_link_in_one_segment()
    {
        (string NextStep, string Japanese, string English)[] rows =
        [
            ("step1", "次はSTEP 1 メールアドレスの確認", "Next: STEP 1 Confirm your e-mail address"),
            ("step2", "次はSTEP 2 マイポータルへの登録", "Next: STEP 2 Register for My Portal"),
            ("step3", "次はSTEP 3 PokePay認証", "Next: STEP 3 PokePay authentication"),
        ];
        Assert.All(rows, row =>
        {
            var ja = DeadlineReminderSmsTemplate.Render(Reminder(row.NextStep, "ja"));
            var lines = ja.Split('\n');
            Assert.Equal($"【大学生協】電子マネーの移行手続きは12月31日まで。{row.Japanese}", lines[0]);
            Assert.Equal($"{ShortHost}/{row.NextStep}", lines[1]);
            Assert.True(ja.Length <= DeadlineReminderSmsTemplate.SegmentLength, $"{ja.Length} characters: more than one SMS segment: {ja}");

            var en = DeadlineReminderSmsTemplate.Render(Reminder(row.NextStep, "en"));
            Assert.Equal($"University Co-op: finish the e-money transfer by 31 December. {row.English}", en.Split('\n')[0]);
            Assert.Equal($"{ShortHost}/{row.NextStep}", en.Split('\n')[1]);
            Assert.DoesNotMatch(PasscodeEmailTests.Japanese(), en);
        });
    }

    [Fact]
    public void The_text_around_the_link_leaves_23_characters_of_the_segment_for_it_whatever_the_step_and_day()
    {
        var longest = new[] { "step1", "step2", "step3", "unknown" }
            .SelectMany(step => new[] { new DateOnly(2026, 12, 31), new DateOnly(2027, 1, 1), new DateOnly(2027, 9, 9) }
                .Select(day => Reminder(step, "ja", day)))
            .Max(command => DeadlineReminderSmsTemplate.Render(command).Length - command.StepPageUrl.AbsoluteUri.Length);
        Assert.Equal(DeadlineReminderSmsTemplate.SegmentLength - 23, longest);
    }

    [Fact]
    public void It_expires_at_the_end_of_the_last_day_in_Japan()
    {
        var expires = DeadlineReminderSmsTemplate.ExpiresAt(Reminder("step3", "ja"));
        Assert.Equal(new DateTimeOffset(2026, 12, 31, 15, 0, 0, TimeSpan.Zero), expires);
    }
}
