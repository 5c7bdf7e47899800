using System.Xml.Linq;

namespace Onboarding.Notification.Phone;

/// <summary>
/// The TwiML of a voice call: each sentence of the script in its own <c>&lt;Say language="ja-JP"&gt;</c> (or
/// <c>en-US</c>), with a one-second <c>&lt;Pause&gt;</c> between them, so that the listener has time to write each
/// reading of the code down. Built as XML, so nothing in the text can break out of the <c>&lt;Say&gt;</c>.
/// </summary>
public static class TwilioVoiceScript
{
    public static string Twiml(OutgoingPhoneMessage message)
    {
        IReadOnlyList<string> sentences = message.SpokenParts is { Count: > 0 } parts ? parts : [message.Text];
        var response = new XElement("Response");
        for (var i = 0; i < sentences.Count; i++)
        {
            if (i > 0) response.Add(new XElement("Pause", new XAttribute("length", 1)));
            response.Add(new XElement("Say", new XAttribute("language", message.LanguageTag), sentences[i]));
        }
        return response.ToString(SaveOptions.DisableFormatting);
    }
}
