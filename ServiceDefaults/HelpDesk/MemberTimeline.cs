namespace Onboarding.ServiceDefaults.HelpDesk;

/// <summary>
/// One thing that happened to a member, as a service's operator API tells the operator console's help desk
/// (<c>GET /api/&lt;service&gt;/operator/members/{memberId}/timeline</c>, docs/architecture.md §9.9). The console
/// merges every service's entries by time and names each <see cref="Kind"/> in the staff member's language.
/// </summary>
/// <param name="Kind">Stable, dotted, lower-case: <c>lookup.locked</c>, <c>passcode.sent</c>, <c>signup.started</c>, ….</param>
/// <param name="Facts">What the help desk needs to know about it, already masked where it is personal
/// (<c>email</c>: <c>sho*****@univcoop.jp</c>; <c>phone</c>: <c>+81******5678</c>) — never a code, a password or a token.</param>
public sealed record MemberTimelineEntry(DateTimeOffset At, string Kind, IReadOnlyDictionary<string, string>? Facts = null);

/// <summary>A service's part of a member's timeline, oldest first.</summary>
public sealed record MemberTimeline(IReadOnlyList<MemberTimelineEntry> Entries);
