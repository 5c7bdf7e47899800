using System.Globalization;
using Onboarding.Contracts.Commands;
using Onboarding.Notification.Domain;
using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.Notification.Templates;

/// <summary>
/// A wave's reminder to a member not yet done: the last day, what happens after it, the member's exact next step and
/// the link to its page. The step names are the notice's.
/// </summary>
public static class DeadlineReminderTemplate
{
    public const string Name = "deadline-reminder";

    // {0} the last day.
    private static readonly LocalizedText Subject = new(
        "【大学生協】電子マネーの移行手続きは{0}までです",
        "University Co-op: finish the e-money transfer by {0}");

    // {0} the last day, {1} the next step's name, {2} its page.
    private static readonly LocalizedText Body = new(
        """
        大学生協の電子マネーは新しいサービス（PokePay）に移行します。{0}までに3つのステップをすべて完了しないと、電子マネーを引き続きご利用いただけません。

        あなたの次のステップ：{1}
        {2}

        ステップは順番に進めてください。このリンクから、いまのステップの続きを行えます。手続きをすでに終えている場合は、このメールへの対応は必要ありません。
        """,
        """
        University Co-op e-money is moving to a new service (PokePay). Unless you finish all three steps by {0}, you will not be able to keep using your e-money.

        Your next step: {1}
        {2}

        Please take the steps in order; this link continues from where you are. If you have already finished, there is nothing more to do.
        """);

    private static readonly LocalizedText DatePattern = new("yyyy年M月d日", "d MMMM yyyy");

    private static readonly Dictionary<string, LocalizedText> Steps = new()
    {
        ["step1"] = new("STEP 1 メールアドレスの確認", "STEP 1 Confirm your e-mail address"),
        ["step2"] = new("STEP 2 マイポータルへの登録", "STEP 2 Register for My Portal"),
        ["step3"] = new("STEP 3 PokePay認証", "STEP 3 PokePay authentication"),
    };

    /// <summary>The notice's name of a step (<c>step1</c>…<c>step3</c>; anything else is STEP 1), shared with the SMS.</summary>
    public static string StepName(string nextStep, CultureInfo culture) =>
        Steps.GetValueOrDefault(nextStep, Steps["step1"]).In(culture);

    public static RenderedEmail Render(SendDeadlineReminder command)
    {
        var culture = MessageLanguages.FromCulture(command.Culture).Culture();
        var lastDay = command.LastDay.ToString(DatePattern.In(culture), CultureInfo.InvariantCulture);
        var step = StepName(command.NextStep, culture);
        return new RenderedEmail(Subject.Format(culture, lastDay),
            Signature.Letter(culture, Body.Format(culture, lastDay, step, command.StepPageUrl)));
    }
}
