using System.Globalization;
using Onboarding.Gateway.Localization;

namespace Onboarding.Gateway.Tests;

/// <summary>和暦 hints and times as members read them.</summary>
public sealed class Step1FormattingTests
{
    [Fact]
    public void Year_options_show_the_era_years_of_that_year()
    {
        (int year, string japanese, string english)[] rows =
        [
            (2004, "2004年（平成16年）", "2004 (Heisei 16)"),
            (2018, "2018年（平成30年）", "2018 (Heisei 30)"),
            (2019, "2019年（平成31年／令和元年）", "2019 (Heisei 31 / Reiwa 1)"),
            (2020, "2020年（令和2年）", "2020 (Reiwa 2)"),
            (1989, "1989年（昭和64年／平成元年）", "1989 (Showa 64 / Heisei 1)"),
            (1988, "1988年（昭和63年）", "1988 (Showa 63)"),
            (1926, "1926年（大正15年／昭和元年）", "1926 (Taisho 15 / Showa 1)"),
            (1912, "1912年（明治45年／大正元年）", "1912 (Meiji 45 / Taisho 1)"),
            (1900, "1900年（明治33年）", "1900 (Meiji 33)"),
        ];

        Assert.All(rows, row =>
        {
            var (year, japanese, english) = row;
            Assert.Equal(japanese, JapaneseEras.YearOption(year, UiLanguage.Japanese));
            Assert.Equal(english, JapaneseEras.YearOption(year, UiLanguage.English));
        });
    }

    [Fact]
    public void Era_years_agree_with_the_Japanese_calendar_of_dotnet()
    {
        var calendar = new JapaneseCalendar();
        for (var year = 1900; year <= 2030; year++)
        {
            // The calendar's era on 31 December is the last era of the year.
            var expected = calendar.GetYear(new DateTime(year, 12, 31));
            var last = JapaneseEras.EraYears(year, UiLanguage.English)[^1];
            Assert.EndsWith(" " + expected.ToString(CultureInfo.InvariantCulture), last);
        }
    }

    [Fact]
    public void Waits_read_in_the_largest_natural_unit()
    {
        (int seconds, string japanese, string english)[] rows =
        [
            (1, "1秒", "1 second"),
            (45, "45秒", "45 seconds"),
            (60, "1分", "1 minute"),
            (61, "2分", "2 minutes"),
            (900, "15分", "15 minutes"),
            (3599, "1時間", "1 hour"),
            (3600, "1時間", "1 hour"),
            (86_400, "24時間", "24 hours"),
        ];

        Assert.All(rows, row =>
        {
            var (seconds, japanese, english) = row;
            Assert.Equal(japanese, MemberTime.Duration(TimeSpan.FromSeconds(seconds), UiLanguage.Japanese));
            Assert.Equal(english, MemberTime.Duration(TimeSpan.FromSeconds(seconds), UiLanguage.English));
        });
    }

    [Fact]
    public void Times_are_shown_in_Japan_time_with_the_date_when_not_today()
    {
        // 05:00 UTC is 14:00 in Japan.
        var now = new DateTimeOffset(2026, 11, 25, 5, 0, 0, TimeSpan.Zero);
        var ja = CultureInfo.GetCultureInfo("ja");
        var en = CultureInfo.GetCultureInfo("en");

        Assert.Equal("14:15", MemberTime.Format(now.AddMinutes(15), now, UiLanguage.Japanese, ja));
        Assert.Equal("2:15 PM", MemberTime.Format(now.AddMinutes(15), now, UiLanguage.English, en));
        // 15:30 UTC is 00:30 the next day in Japan.
        Assert.Equal("11月26日 0:30", MemberTime.Format(now.AddHours(10.5), now, UiLanguage.Japanese, ja));
        Assert.Equal("Nov 26, 12:30 AM", MemberTime.Format(now.AddHours(10.5), now, UiLanguage.English, en));
    }

    [Fact]
    public void Html_formats_put_markup_in_place_and_encode_the_rest()
    {
        var html = HtmlFormatting.FormatHtml("<b>{1}</b> then {0}", HtmlFormatting.Text("a&b"), HtmlFormatting.Strong("x<y", "c"));

        using var writer = new StringWriter();
        html.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        Assert.Equal("&lt;b&gt;<strong class=\"c\">x&lt;y</strong>&lt;/b&gt; then a&amp;b", writer.ToString());
        Assert.Throws<FormatException>(() => HtmlFormatting.FormatHtml("{0}", HtmlFormatting.Text("a"), HtmlFormatting.Text("unused")));
    }
}
