using System.Globalization;
using System.Text.RegularExpressions;

namespace Onboarding.OperatorConsole.Forms;

/// <summary>
/// A reminder wave's id as membership makes it (<c>ReminderWave.IdOf</c>: the cut-over date and the days before it,
/// <c>2027-03-31-d30</c>). Anything else is refused here, before membership is asked.
/// </summary>
public static partial class WaveId
{
    public static bool IsValid(string? id)
    {
        if (id is null || WaveIdShape().Match(id) is not { Success: true } match) return false;
        return DateOnly.TryParseExact(match.Groups["cutover"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
    }

    [GeneratedRegex(@"^(?<cutover>[0-9]{4}-[0-9]{2}-[0-9]{2})-d[0-9]{1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex WaveIdShape();
}
