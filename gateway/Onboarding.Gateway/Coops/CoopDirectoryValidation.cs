using System.Net.Mail;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Onboarding.Gateway.Coops;

/// <summary>
/// Refuses a co-op directory a member could be misled by: a missing or unreadable phone number, e-mail address or
/// opening hours, a text in one language only, an entry whose key appears twice. Every problem is reported at once,
/// each naming the configuration path and the co-op, so one start tells the operator everything to fix.
/// </summary>
public sealed partial class CoopDirectoryValidation : IValidateOptions<CoopDirectoryOptions>
{
    /// <summary>As long as the roster's column (membership's <c>RosterRow.CoopMaxLength</c>).</summary>
    public const int CoopMaxLength = 200;

    public const int TextMaxLength = 200;

    public ValidateOptionsResult Validate(string? name, CoopDirectoryOptions options)
    {
        var failures = new List<string>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < options.Directory.Count; index++)
        {
            var entry = options.Directory[index];
            var at = $"{CoopDirectoryOptions.SectionName}:Directory:{index}" + (string.IsNullOrWhiteSpace(entry.Coop) ? "" : $" ({entry.Coop.Trim()})");
            void Fail(string problem) => failures.Add($"{at}: {problem}");

            if (string.IsNullOrWhiteSpace(entry.Coop))
            {
                Fail("Coop is required: the roster's coop value this entry is for.");
            }
            else if (entry.Coop.Trim().Length > CoopMaxLength)
            {
                Fail($"Coop is longer than the roster allows ({CoopMaxLength} characters).");
            }
            else if (seen.TryGetValue(CoopDirectory.KeyOf(entry.Coop), out var first))
            {
                Fail($"Coop appears twice (also {CoopDirectoryOptions.SectionName}:Directory:{first}).");
            }
            else
            {
                seen[CoopDirectory.KeyOf(entry.Coop)] = index;
            }

            CheckText(entry.Name, "Name", Fail);
            CheckText(entry.Hours, "Hours", Fail);

            if (string.IsNullOrWhiteSpace(entry.Phone))
            {
                Fail("Phone is required.");
            }
            else if (!IsPhoneNumber(entry.Phone))
            {
                Fail($"Phone \"{entry.Phone}\" is not a phone number (10 to 15 digits, optionally split by hyphens, optionally after a +).");
            }

            if (string.IsNullOrWhiteSpace(entry.Email))
            {
                Fail("Email is required.");
            }
            else if (!IsEmailAddress(entry.Email))
            {
                Fail($"Email \"{entry.Email}\" is not an e-mail address.");
            }

            if (entry.Url is not null && !IsWebAddress(entry.Url))
            {
                Fail($"Url \"{entry.Url}\" is not an absolute https or http address (leave it out when there is none).");
            }
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public static bool IsPhoneNumber(string phone)
    {
        var trimmed = phone.Trim();
        var digits = trimmed.Count(char.IsAsciiDigit);
        return PhonePattern().IsMatch(trimmed) && digits is >= 10 and <= 15;
    }

    public static bool IsEmailAddress(string email) =>
        MailAddress.TryCreate(email.Trim(), out var address)
        && address.Address == email.Trim()
        && string.IsNullOrEmpty(address.DisplayName)
        && address.Host.Contains('.', StringComparison.Ordinal);

    public static bool IsWebAddress(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static void CheckText(CoopDirectoryText? text, string field, Action<string> fail)
    {
        foreach (var (language, value, why) in new[]
        {
            ("Ja", text?.Ja, "Japanese is what members read first"),
            ("En", text?.En, "the member UI is complete in English too"),
        })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                fail($"{field}:{language} is required ({why}).");
            }
            else if (value.Trim().Length > TextMaxLength)
            {
                fail($"{field}:{language} is longer than {TextMaxLength} characters.");
            }
        }
    }

    // Digits in groups split by single hyphens, optionally after a +: 0463-00-1234, 0120-000-123, +81-463-00-1234.
    [GeneratedRegex(@"^\+?[0-9]+(-[0-9]+)*$")]
    private static partial Regex PhonePattern();
}
