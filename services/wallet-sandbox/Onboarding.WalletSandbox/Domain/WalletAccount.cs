namespace Onboarding.WalletSandbox.Domain;

/// <summary>A user's account in one private money (the sandbox knows only 生協電子マネー).</summary>
public sealed class WalletAccount
{
    public Guid Id { get; init; }
    public Guid UserId { get; init; }
    public string Name { get; init; } = "";
    public decimal MoneyBalance { get; init; }
    public decimal PointBalance { get; init; }

    public decimal Balance => MoneyBalance + PointBalance;
}

/// <summary>One movement on an account; amounts are signed yen (a payment is negative).</summary>
public sealed class WalletTransaction
{
    public Guid Id { get; init; }
    public Guid AccountId { get; init; }
    /// <summary><c>topup</c>, <c>payment</c> or <c>point</c>.</summary>
    public string Type { get; init; } = "";
    public string Description { get; init; } = "";
    public decimal MoneyAmount { get; init; }
    public decimal PointAmount { get; init; }
    public DateTimeOffset DoneAt { get; init; }

    public decimal Amount => MoneyAmount + PointAmount;
}

/// <summary>The one private money the sandbox issues.</summary>
public static class CoopMoney
{
    public static readonly Guid Id = new("5a4d7c1e-0c0b-4f6e-9d1a-2b3c4d5e6f70");
    public const string Name = "生協電子マネー";
    public const string Unit = "円";
}
