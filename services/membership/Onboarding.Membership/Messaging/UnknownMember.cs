namespace Onboarding.Membership.Messaging;

/// <summary>
/// A step event for a member id that is not on the roster (e.g. removed, or another environment's data) is
/// acknowledged and logged, not retried: no retry can make the member appear. Only the opaque id is logged.
/// </summary>
internal static partial class UnknownMember
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "{Event} for member {MemberId}, who is not on the roster; ignored")]
    public static partial void Log(ILogger logger, string @event, Guid memberId);
}
