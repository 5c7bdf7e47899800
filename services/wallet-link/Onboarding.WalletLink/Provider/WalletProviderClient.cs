using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Onboarding.WalletLink.Provider;

/// <summary>
/// wallet-link's calls to the provider, through the resilience pipeline set up in
/// <see cref="WalletProviderRegistration"/>. Every failure comes out as a <see cref="WalletProviderException"/> saying
/// whether the provider refused (our request is wrong, e.g. a used code) or could not answer (down, slow, circuit open).
/// </summary>
public sealed class WalletProviderClient(HttpClient http, IOptions<WalletProviderOptions> options)
{
    private WalletProviderOptions Provider => options.Value;

    public Task<ProviderTokens> ExchangeCodeAsync(string code, string codeVerifier, CancellationToken ct) =>
        TokenRequestAsync(ct, ("grant_type", "authorization_code"), ("code", code),
            ("redirect_uri", Provider.RedirectUri?.ToString() ?? ""), ("code_verifier", codeVerifier));

    public Task<ProviderTokens> RefreshAsync(string refreshToken, CancellationToken ct) =>
        TokenRequestAsync(ct, ("grant_type", "refresh_token"), ("refresh_token", refreshToken));

    /// <summary>Retried like a read: revoking is idempotent (RFC 7009 §2.2 answers 200 for a token already revoked).</summary>
    public Task RevokeAsync(string token, string tokenTypeHint, CancellationToken ct) =>
        SendAsync(() => ClientAuthenticated(HttpMethod.Post, "oauth/revoke", ("token", token), ("token_type_hint", tokenTypeHint)),
            response => Task.FromResult(true), ct);

    public Task<ProviderUser> GetUserAsync(string accessToken, CancellationToken ct) =>
        GetAsync<ProviderUser>("users/me", accessToken, ct);

    public Task<ProviderRows<ProviderAccount>> GetAccountsAsync(string userId, string accessToken, CancellationToken ct) =>
        GetAsync<ProviderRows<ProviderAccount>>($"users/{Uri.EscapeDataString(userId)}/accounts", accessToken, ct);

    public Task<ProviderAccount> GetAccountAsync(string accountId, string accessToken, CancellationToken ct) =>
        GetAsync<ProviderAccount>($"accounts/{Uri.EscapeDataString(accountId)}", accessToken, ct);

    public Task<ProviderRows<ProviderTransaction>> GetTransactionsAsync(string accountId, string accessToken, CancellationToken ct) =>
        GetAsync<ProviderRows<ProviderTransaction>>(
            $"accounts/{Uri.EscapeDataString(accountId)}/transactions?per_page={Provider.TransactionsShown}", accessToken, ct);

    /// <summary>
    /// A token request spends a single-use grant (a code, or a refresh token that rotates), so it is sent once: a retry
    /// after an answer that was lost or slow would replay a grant the provider already used, and replaying a refresh
    /// token makes the provider revoke the whole grant (RFC 9700 §4.14.2).
    /// </summary>
    private Task<ProviderTokens> TokenRequestAsync(CancellationToken ct, params (string Name, string Value)[] form) =>
        SendAsync(() => SingleUse.Mark(ClientAuthenticated(HttpMethod.Post, "oauth/token", form)),
            async response => await response.Content.ReadFromJsonAsync<ProviderTokens>(ct)
                ?? throw new WalletProviderException(WalletProviderFailure.Unavailable, "empty token response"), ct);

    private Task<T> GetAsync<T>(string path, string accessToken, CancellationToken ct) =>
        SendAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
            return request;
        }, async response => await response.Content.ReadFromJsonAsync<T>(ct)
            ?? throw new WalletProviderException(WalletProviderFailure.Unavailable, "empty response"), ct);

    /// <summary>RFC 6749 §2.3.1 client_secret_basic: both parts form-encoded, then base64.</summary>
    private HttpRequestMessage ClientAuthenticated(HttpMethod method, string path, params (string Name, string Value)[] form)
    {
        var credentials = $"{Uri.EscapeDataString(Provider.ClientId)}:{Uri.EscapeDataString(Provider.ClientSecret)}";
        var request = new HttpRequestMessage(method, path)
        {
            Content = new FormUrlEncodedContent(form.Select(p => KeyValuePair.Create(p.Name, p.Value))),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
        return request;
    }

    private async Task<T> SendAsync<T>(Func<HttpRequestMessage> createRequest, Func<HttpResponseMessage, Task<T>> read, CancellationToken ct)
    {
        HttpResponseMessage response;
        try
        {
            using var request = createRequest();
            response = await http.SendAsync(request, ct);
        }
        catch (Exception failure) when (failure is HttpRequestException or TimeoutRejectedException or BrokenCircuitException
                                        || (failure is TaskCanceledException && !ct.IsCancellationRequested))
        {
            throw new WalletProviderException(WalletProviderFailure.Unavailable, failure.GetType().Name);
        }

        using (response)
        {
            if (response.IsSuccessStatusCode) return await read(response);
            var failure = response.StatusCode switch
            {
                HttpStatusCode.Unauthorized => WalletProviderFailure.Unauthorized,
                HttpStatusCode.BadRequest or HttpStatusCode.Forbidden or HttpStatusCode.NotFound => WalletProviderFailure.Rejected,
                _ => WalletProviderFailure.Unavailable,
            };
            throw new WalletProviderException(failure, $"HTTP {(int)response.StatusCode}");
        }
    }
}

public enum WalletProviderFailure
{
    /// <summary>The provider refused the request (a used or wrong code, an unknown account).</summary>
    Rejected,

    /// <summary>The token was not accepted (expired or revoked).</summary>
    Unauthorized,

    /// <summary>The provider did not answer usefully within the retry budget, or the circuit is open.</summary>
    Unavailable,
}

/// <summary>A provider call that failed; the message names only the kind of failure, never tokens.</summary>
public sealed class WalletProviderException(WalletProviderFailure failure, string detail)
    : Exception($"Wallet provider call failed ({failure}): {detail}")
{
    public WalletProviderFailure Failure { get; } = failure;
}
