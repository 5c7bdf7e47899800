using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Onboarding.WalletLink.Tests;

/// <summary>
/// Plays identity-portal's side of the member's access token for wallet-link's own tests: a signing key published as
/// discovery metadata and a JWKS, and access tokens shaped like identity-portal's (iss, aud, typ at+jwt, member_id).
/// identity-portal's tests check its real tokens against the same validation; the end-to-end tests use the real thing.
/// </summary>
public sealed class MemberTokens : HttpMessageHandler
{
    public const string Issuer = "http://identity-portal/";

    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = Guid.NewGuid().ToString("N") };

    public string For(Guid memberId, string audience = "wallet-link", TimeSpan? lifetime = null)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            TokenType = "at+jwt",
            IssuedAt = now.AddMinutes(-1),
            NotBefore = now.AddMinutes(-1),
            Expires = now + (lifetime ?? TimeSpan.FromMinutes(10)),
            Subject = new ClaimsIdentity([new Claim("sub", Guid.NewGuid().ToString()), new Claim("member_id", memberId.ToString())]),
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>Answers the metadata and key-set requests of wallet-link's token validation.</summary>
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        object? body = path switch
        {
            "/.well-known/openid-configuration" => new Dictionary<string, object>
            {
                ["issuer"] = Issuer,
                ["jwks_uri"] = Issuer + ".well-known/jwks",
            },
            "/.well-known/jwks" => new { keys = new[] { PublicJwk() } },
            _ => null,
        };
        var response = body is null
            ? new HttpResponseMessage(System.Net.HttpStatusCode.NotFound)
            : new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json") };
        return Task.FromResult(response);
    }

    private Dictionary<string, string> PublicJwk()
    {
        var parameters = _key.Rsa.ExportParameters(includePrivateParameters: false);
        return new()
        {
            ["kty"] = "RSA", ["use"] = "sig", ["alg"] = "RS256", ["kid"] = _key.KeyId!,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus), ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
    }
}
