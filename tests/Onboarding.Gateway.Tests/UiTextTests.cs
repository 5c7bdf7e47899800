using System.Reflection;
using System.Text.RegularExpressions;
using Onboarding.Gateway.Localization;
using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.Gateway.Tests;

/// <summary>Guards against untranslated or half-translated strings in the UI's string table.</summary>
public sealed partial class UiTextTests
{
    // The same in both languages on purpose: "STEP 1" is how the printed notice names the steps.
    private static readonly HashSet<string> SameInBothLanguages = [nameof(UiText.StepNumberFormat)];

    // Labels of the language switch are written in the language they switch to.
    private static readonly HashSet<string> WrittenInTheOtherLanguage = [nameof(UiText.SwitchToLabel), nameof(UiText.SwitchToDescription)];

    // One test per rule over every text; Assert.All names the failing field.
    private static IEnumerable<string> Texts() => TextFields().Select(f => f.Name);

    [Fact]
    public void Every_text_exists_in_both_languages() => Assert.All(Texts(), name =>
    {
        var (japanese, english) = Values(name);

        Assert.False(string.IsNullOrWhiteSpace(japanese));
        Assert.False(string.IsNullOrWhiteSpace(english));
        if (!SameInBothLanguages.Contains(name))
        {
            Assert.NotEqual(japanese, english);
        }
    });

    [Fact]
    public void English_texts_contain_no_Japanese() => Assert.All(Texts(), name =>
    {
        var (japanese, english) = Values(name);

        if (WrittenInTheOtherLanguage.Contains(name))
        {
            Assert.Matches(JapaneseCharacter(), english);
            Assert.DoesNotMatch(JapaneseCharacter(), japanese);
        }
        else
        {
            Assert.DoesNotMatch(JapaneseCharacter(), english);
        }
    });

    [Fact]
    public void Both_languages_take_the_same_placeholders() => Assert.All(Texts(), name =>
    {
        var (japanese, english) = Values(name);

        var inJapanese = Placeholders(japanese);
        var inEnglish = Placeholders(english);
        if (name.EndsWith("Format", StringComparison.Ordinal) && name != nameof(UiText.DateFormat))
        {
            // {0}, and possibly {1}, ...: numbered from zero without gaps, each once, in whatever order the language needs.
            Assert.Equal(Enumerable.Range(0, inJapanese.Count).Select(i => $"{{{i}}}"), inJapanese.Order());
            Assert.NotEmpty(inJapanese);
            Assert.Equal(inJapanese.Order(), inEnglish.Order());
        }
        else
        {
            Assert.Empty(inJapanese);
            Assert.Empty(inEnglish);
        }
    });

    [Fact]
    public void Formats_format_and_patterns_are_valid() => Assert.All(Texts(), name =>
    {
        var (japanese, english) = Values(name);

        foreach (var (text, culture) in new[] { (japanese, "ja"), (english, "en") })
        {
            if (name.EndsWith("Pattern", StringComparison.Ordinal) || name == nameof(UiText.DateFormat))
            {
                Assert.NotEmpty(new DateTime(2004, 4, 1, 14, 5, 0).ToString(text, new System.Globalization.CultureInfo(culture)));
            }
            else if (name.EndsWith("Format", StringComparison.Ordinal))
            {
                var arguments = Enumerable.Range(0, Placeholders(text).Count).Select(i => (object)$"<{i}>").ToArray();
                var formatted = string.Format(System.Globalization.CultureInfo.InvariantCulture, text, arguments);
                Assert.All(arguments, argument => Assert.Contains((string)argument, formatted));
            }
        }
    });

    private static List<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).ToList();

    [Fact]
    public void Japanese_is_used_for_every_culture_but_English()
    {
        Assert.Same(UiLanguage.Japanese, UiLanguage.For(new System.Globalization.CultureInfo("ja-JP")));
        Assert.Same(UiLanguage.English, UiLanguage.For(new System.Globalization.CultureInfo("en-GB")));
        Assert.Same(UiLanguage.Japanese, UiLanguage.For(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static IEnumerable<FieldInfo> TextFields() =>
        typeof(UiText).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(LocalizedText));

    private static (string Japanese, string English) Values(string name)
    {
        var text = (LocalizedText)typeof(UiText).GetField(name)!.GetValue(null)!;
        return (text.Ja, text.En);
    }

    [GeneratedRegex(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]")]
    private static partial Regex JapaneseCharacter();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
