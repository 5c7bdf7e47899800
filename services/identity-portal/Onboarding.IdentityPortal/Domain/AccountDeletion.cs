namespace Onboarding.IdentityPortal.Domain;

/// <summary>
/// A member's request to delete their portal account (退会, issue 13 §5) and when it was carried out. Who by ids only:
/// the account, with its address and name, is what is deleted. Kept as the record that the deletion was asked for and
/// done (and so that a replay of the request is recognised); one per account.
/// </summary>
public sealed class AccountDeletion
{
    public Guid Id { get; init; }

    public Guid AccountId { get; init; }

    public Guid MemberId { get; init; }

    public DateTimeOffset RequestedAt { get; init; }

    /// <summary>Set in the transaction that deleted the account; today the same as the request's.</summary>
    public DateTimeOffset? CompletedAt { get; private set; }

    public static AccountDeletion Request(PortalUser account, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), AccountId = account.Id, MemberId = account.MemberId, RequestedAt = now };

    public void Complete(DateTimeOffset now) => CompletedAt ??= now;
}
