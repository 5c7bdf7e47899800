using System.Globalization;

namespace Onboarding.Notification.Domain;

/// <summary>The languages messages are written in. Japanese is the default for any culture that is not English.</summary>
public enum MessageLanguage
{
    Japanese,
    English,
}

public static class MessageLanguages
{
    /// <summary>Maps a command's culture (<c>ja</c>, <c>en</c>, <c>en-US</c>, empty, ...) to a message language.</summary>
    public static MessageLanguage FromCulture(string? culture) =>
        culture is { Length: >= 2 } && culture.AsSpan(0, 2).Equals("en", StringComparison.OrdinalIgnoreCase)
            && (culture.Length == 2 || culture[2] is '-' or '_')
            ? MessageLanguage.English
            : MessageLanguage.Japanese;

    /// <summary>The BCP 47 tag a provider needs (e.g. to pick a text-to-speech voice).</summary>
    public static string Tag(this MessageLanguage language) => language == MessageLanguage.English ? "en-US" : "ja-JP";

    /// <summary>The culture a message's texts (<c>LocalizedText</c>) are picked and formatted in.</summary>
    public static CultureInfo Culture(this MessageLanguage language) => CultureInfo.GetCultureInfo(language.Tag());
}
