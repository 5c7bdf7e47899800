namespace Onboarding.Load.Journeys;

/// <summary>
/// How many times a member presses again after a retryable message, and how long they wait before each press.
/// <see cref="None"/>: the first retryable message ends the journey (a plain run counts it as an error).
/// </summary>
public sealed record RetryPresses(int Tries, TimeSpan Pause)
{
    public static readonly RetryPresses None = new(0, TimeSpan.Zero);
}
