using System.Text.Json.Serialization;

namespace Onboarding.WalletLink.Provider;

/// <summary>The provider's JSON (snake_case, docs/wallet-provider.md).</summary>
public sealed record ProviderTokens(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("refresh_token")] string? RefreshToken,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);

public sealed record ProviderUser(
    [property: JsonPropertyName("id")] string Id);

public sealed record ProviderRows<T>(
    [property: JsonPropertyName("rows")] IReadOnlyList<T> Rows);

public sealed record ProviderAccount(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("balance")] decimal Balance,
    [property: JsonPropertyName("money_balance")] decimal MoneyBalance,
    [property: JsonPropertyName("point_balance")] decimal PointBalance);

public sealed record ProviderTransaction(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("amount")] decimal Amount,
    [property: JsonPropertyName("money_amount")] decimal MoneyAmount,
    [property: JsonPropertyName("point_amount")] decimal PointAmount,
    [property: JsonPropertyName("done_at")] DateTimeOffset DoneAt);
