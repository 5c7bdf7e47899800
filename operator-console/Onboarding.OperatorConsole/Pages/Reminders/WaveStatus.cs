using Onboarding.OperatorConsole.Localization;
using Onboarding.OperatorConsole.Services;

namespace Onboarding.OperatorConsole.Pages.Reminders;

/// <summary>Where a wave is, in words: completed, sending, released, or waiting until due.</summary>
public static class WaveStatus
{
    public static string Of(ReminderWave wave, ConsoleLanguage text) => wave switch
    {
        { CompletedAt: { } completed } => text.Format(ConsoleText.WaveStatusCompletedFormat, text.Time(completed)),
        { StartedAt: { } started } => text.Format(ConsoleText.WaveStatusSendingFormat, text.Time(started)),
        { ReleasedAt: { } released } => text.Format(ConsoleText.WaveStatusReleasedFormat, text.Time(released)),
        _ => text[ConsoleText.WaveStatusWaiting],
    };

    /// <summary>A wave an administrator may still release (membership answers 409 otherwise).</summary>
    public static bool CanRelease(ReminderWave wave) => wave is { ReleasedAt: null, StartedAt: null, CompletedAt: null };
}
