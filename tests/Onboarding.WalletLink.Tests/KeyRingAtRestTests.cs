using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.ServiceDefaults.KeyEncryption;
using Onboarding.WalletLink.Application;
using Onboarding.WalletLink.Infrastructure;

namespace Onboarding.WalletLink.Tests;

/// <summary>
/// The Data Protection key ring that protects the provider's tokens is sealed under the key-encryption key from
/// configuration: a copy of walletdb alone holds no usable key, and a service given another key refuses to start
/// instead of quietly making new keys (which would orphan every stored token).
/// </summary>
[Collection(WalletLinkCollection.Name)]
public sealed class KeyRingAtRestTests(WalletLinkFactory factory)
{
    [Fact]
    public async Task The_stored_key_ring_holds_no_plain_key_material()
    {
        // Protecting something makes sure the ring has a key.
        var protector = factory.Services.GetRequiredService<ProviderTokenProtector>();
        Assert.Equal("provider-token", protector.Unprotect(protector.Protect("provider-token")));

        await using var scope = factory.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<WalletDbContext>().DataProtectionKeys.Select(k => k.Xml!).ToListAsync();

        Assert.NotEmpty(stored);
        Assert.All(stored, xml =>
        {
            Assert.Contains("<encryptedSecret", xml);
            Assert.Contains("kek1:", xml);
            Assert.DoesNotContain("<masterKey", xml);
        });
    }

    [Fact]
    public async Task A_service_started_with_another_key_encryption_key_stops_with_a_clear_error()
    {
        factory.Services.GetRequiredService<ProviderTokenProtector>().Protect("makes sure a sealed key is stored");
        await using var scope = factory.Services.CreateAsyncScope();
        var keysBefore = await scope.ServiceProvider.GetRequiredService<WalletDbContext>().DataProtectionKeys.CountAsync();
        await using var wrongKey = factory.WithWebHostBuilder(builder => builder.UseSetting("KeyEncryption:Key", "some-other-key-encryption-key"));

        var error = Assert.Throws<KeyEncryptionException>(() => wrongKey.Services);

        Assert.Contains("Start the service with the key it was encrypted under", error.Message);
        Assert.Equal(keysBefore, await scope.ServiceProvider.GetRequiredService<WalletDbContext>().DataProtectionKeys.CountAsync());
    }
}
