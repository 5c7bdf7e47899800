namespace Onboarding.Membership.Domain;

/// <summary>
/// How far one member is through the three steps. Each step is a fact recorded with its own time, in whatever order
/// the events arrive (retries can deliver STEP 3 before STEP 2); onboarding is complete once all three are recorded,
/// and it stays complete: a later wallet unlink changes only the link state.
/// </summary>
public sealed class OnboardingProgress
{
    public Guid MemberId { get; init; }

    /// <summary>STEP 1: the latest e-mail confirmation (as on <see cref="Member.EmailConfirmedAt"/>).</summary>
    public DateTimeOffset? EmailConfirmedAt { get; private set; }

    /// <summary>STEP 2: when the portal account was created.</summary>
    public DateTimeOffset? PortalAccountCreatedAt { get; private set; }

    public Guid? PortalAccountId { get; private set; }

    /// <summary>STEP 3: the latest wallet link; never cleared, so it also says the step was done once.</summary>
    public DateTimeOffset? WalletLinkedAt { get; private set; }

    /// <summary>The latest unlink; the wallet is linked now only if it is older than <see cref="WalletLinkedAt"/>.</summary>
    public DateTimeOffset? WalletUnlinkedAt { get; private set; }

    public string? WalletProvider { get; private set; }

    /// <summary>Set once, in the transaction that publishes <c>MemberOnboardingCompleted</c>; never unset.</summary>
    public DateTimeOffset? CompletedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool IsWalletLinked => WalletLinkedAt is { } linked && (WalletUnlinkedAt is not { } unlinked || unlinked < linked);

    public bool AllStepsRecorded => EmailConfirmedAt is not null && PortalAccountCreatedAt is not null && WalletLinkedAt is not null;

    public void RecordEmailConfirmed(DateTimeOffset confirmedAt, DateTimeOffset now)
    {
        EmailConfirmedAt = Latest(EmailConfirmedAt, confirmedAt);
        UpdatedAt = now;
    }

    /// <summary>One account per member; a redelivered or repeated event keeps the first account's time.</summary>
    public void RecordPortalAccountCreated(Guid accountId, DateTimeOffset createdAt, DateTimeOffset now)
    {
        if (PortalAccountCreatedAt is { } recorded && recorded <= createdAt) return;
        PortalAccountCreatedAt = createdAt;
        PortalAccountId = accountId;
        UpdatedAt = now;
    }

    public void RecordWalletLinked(string provider, DateTimeOffset linkedAt, DateTimeOffset now)
    {
        if (WalletLinkedAt is { } recorded && recorded >= linkedAt) return;
        WalletLinkedAt = linkedAt;
        WalletProvider = provider;
        UpdatedAt = now;
    }

    /// <summary>
    /// The member deleted the portal account (退会): STEP 2 is no longer done, and neither is STEP 3 (the wallet was
    /// unlinked with it). <see cref="CompletedAt"/> stays. Only the recorded account, or none, is cleared: an older
    /// account's deletion arriving after a newer account's creation changes nothing.
    /// </summary>
    public void RecordPortalAccountDeleted(Guid accountId, DateTimeOffset deletedAt, DateTimeOffset now)
    {
        if (PortalAccountId is { } recorded && recorded != accountId) return;
        PortalAccountCreatedAt = null;
        PortalAccountId = null;
        if (WalletLinkedAt is not null) WalletUnlinkedAt = Latest(WalletUnlinkedAt, deletedAt);
        UpdatedAt = now;
    }

    public void RecordWalletUnlinked(DateTimeOffset unlinkedAt, DateTimeOffset now)
    {
        WalletUnlinkedAt = Latest(WalletUnlinkedAt, unlinkedAt);
        UpdatedAt = now;
    }

    /// <summary>
    /// Marks onboarding complete if every step is recorded and it was not complete before; true exactly once.
    /// The completion time is when the member finished the last step, not when its event happened to arrive.
    /// </summary>
    public bool TryComplete()
    {
        if (CompletedAt is not null || !AllStepsRecorded) return false;
        CompletedAt = Latest(Latest(EmailConfirmedAt!.Value, PortalAccountCreatedAt!.Value), WalletLinkedAt!.Value);
        return true;
    }

    private static DateTimeOffset Latest(DateTimeOffset? current, DateTimeOffset candidate) =>
        current is { } value && value > candidate ? value : candidate;
}
