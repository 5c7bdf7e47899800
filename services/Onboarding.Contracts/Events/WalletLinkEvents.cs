namespace Onboarding.Contracts.Events;

/// <summary>STEP 3 done: the member granted the wallet provider's consent and the wallet is linked.</summary>
public sealed record WalletLinked(
    Guid MemberId,
    string Provider,
    string WalletAccountId,
    DateTimeOffset LinkedAt);

/// <summary>The member unlinked the wallet; its tokens were revoked at the provider.</summary>
public sealed record WalletUnlinked(
    Guid MemberId,
    string Provider,
    string WalletAccountId,
    DateTimeOffset UnlinkedAt);
