namespace Onboarding.Membership.Domain;

/// <summary>A successful member-number lookup: for a short while it allows sending a passcode to that member.</summary>
public sealed class Lookup
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    public Guid Id { get; init; }
    public Guid MemberId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }

    public bool IsExpired(DateTimeOffset now) => now >= ExpiresAt;

    public static Lookup Start(Guid memberId, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), MemberId = memberId, CreatedAt = now, ExpiresAt = now + Lifetime };
}
