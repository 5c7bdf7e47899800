using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.Gateway.Localization;

public static partial class UiText
{
    // Times and waits, always in Japan time. Patterns are .NET date/time format strings.
    public static readonly LocalizedText TimePattern = new(
        "H:mm",
        "h:mm tt");

    public static readonly LocalizedText DateTimePattern = new(
        "M月d日 H:mm",
        "MMM d, h:mm tt");

    public static readonly LocalizedText DurationOneSecond = new(
        "1秒",
        "1 second");

    public static readonly LocalizedText DurationSecondsFormat = new(
        "{0}秒",
        "{0} seconds");

    public static readonly LocalizedText DurationOneMinute = new(
        "1分",
        "1 minute");

    public static readonly LocalizedText DurationMinutesFormat = new(
        "{0}分",
        "{0} minutes");

    public static readonly LocalizedText DurationOneHour = new(
        "1時間",
        "1 hour");

    public static readonly LocalizedText DurationHoursFormat = new(
        "{0}時間",
        "{0} hours");

    // 和暦 hints in the birth-year select: {0} the Western year, {1} the era year(s); {0} era name, {1} its year.
    public static readonly LocalizedText BirthYearOptionFormat = new(
        "{0}年（{1}）",
        "{0} ({1})");

    public static readonly LocalizedText EraYearFormat = new(
        "{0}{1}年",
        "{0} {1}");

    public static readonly LocalizedText EraFirstYear = new(
        "元",
        "1");

    public static readonly LocalizedText EraSeparator = new(
        "／",
        " / ");

    public static readonly LocalizedText EraMeiji = new(
        "明治",
        "Meiji");

    public static readonly LocalizedText EraTaisho = new(
        "大正",
        "Taisho");

    public static readonly LocalizedText EraShowa = new(
        "昭和",
        "Showa");

    public static readonly LocalizedText EraHeisei = new(
        "平成",
        "Heisei");

    public static readonly LocalizedText EraReiwa = new(
        "令和",
        "Reiwa");
}
