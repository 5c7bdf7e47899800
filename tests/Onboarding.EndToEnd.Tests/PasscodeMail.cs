using System.Text.RegularExpressions;
using Onboarding.Testing.Smtp;

namespace Onboarding.EndToEnd.Tests;

/// <summary>
/// A STEP 1 passcode mail as smtp4dev received it, found by the code page link it carries
/// (<c>/step1/passcode/{challengeId}</c>), so a test never needs to know the full address the code went to.
/// </summary>
public sealed partial record PasscodeMail(Smtp4devMessageSummary Message, string Recipient, string Body, string Passcode, Uri Link)
{
    public const string JapaneseSubject = "大学生協加入情報(メールアドレス)変更受付";

    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(90);

    /// <summary>Waits for the mail of <paramref name="challengeId"/>; fails with the inbox's subjects when none came.</summary>
    public static async Task<PasscodeMail> WaitForAsync(Smtp4devClient inbox, Guid challengeId, TimeSpan? timeout = null)
    {
        var linkPath = $"/step1/passcode/{challengeId}";
        var checkedMessages = new HashSet<Guid>();
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (true)
        {
            var messages = await inbox.ListMessagesAsync();
            foreach (var message in messages.Where(message => checkedMessages.Add(message.Id)))
            {
                var body = await inbox.GetPlainTextAsync(message.Id);
                if (!body.Contains(linkPath, StringComparison.Ordinal)) continue;

                var passcode = PasscodeLine().Match(body);
                var link = Regex.Match(body, @"https?://\S+" + Regex.Escape(linkPath));
                Assert.True(passcode.Success, $"No 「パスコード: 123456」 line in the mail:{Environment.NewLine}{body}");
                Assert.True(link.Success, $"No link to {linkPath} in the mail:{Environment.NewLine}{body}");
                var recipient = Assert.Single(message.To ?? []);
                return new PasscodeMail(message, Bare(recipient), body, passcode.Groups[1].Value, new Uri(link.Value));
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(
                    $"No mail linking to {linkPath} reached smtp4dev within {timeout ?? DefaultTimeout}. Inbox: " +
                    string.Join("; ", messages.Select(m => $"{m.ReceivedDate:HH:mm:ss} {string.Join(",", m.To ?? [])} 「{m.Subject}」")));
            }
            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
    }

    /// <summary><c>Taro &lt;taro@example.jp&gt;</c> → <c>taro@example.jp</c>.</summary>
    public static string Bare(string recipient)
    {
        var open = recipient.LastIndexOf('<');
        var close = recipient.LastIndexOf('>');
        return (open >= 0 && close > open ? recipient[(open + 1)..close] : recipient).Trim();
    }

    [GeneratedRegex(@"(?:パスコード|Passcode):\s*(\d{6})\b")]
    private static partial Regex PasscodeLine();
}
