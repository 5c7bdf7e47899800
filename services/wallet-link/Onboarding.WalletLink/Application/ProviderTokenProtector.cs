using Microsoft.AspNetCore.DataProtection;

namespace Onboarding.WalletLink.Application;

/// <summary>
/// Encrypts the provider's tokens and the PKCE verifiers at rest with ASP.NET Core Data Protection, whose key ring is
/// kept in wallet-link's own database so that every replica (and a restarted one) can read what another wrote.
/// </summary>
public sealed class ProviderTokenProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Onboarding.WalletLink.ProviderTokens.v1");

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
