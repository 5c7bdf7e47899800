using Onboarding.Testing.Messaging;

namespace Onboarding.Membership.Tests;

public static class PasscodeCommands
{
    /// <summary>The passcode of the <c>SendPasscodeEmail</c> command for <paramref name="challengeId"/>.</summary>
    public static async Task<string> PasscodeForAsync(this NotificationQueueTap tap, Guid challengeId)
    {
        var command = await tap.WaitForAsync(m => m.TryGetProperty("challengeId", out var id) && id.GetGuid() == challengeId);
        return command.GetProperty("passcode").GetString()!;
    }
}
