using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Onboarding.ServiceDefaults.KeyEncryption;

/// <summary>
/// ASP.NET Core Data Protection key rings sealed with the <see cref="KeyEncryptionKey"/>: each new key's secret is
/// written as an AES-GCM envelope instead of plain XML, and the service refuses to start when a stored key cannot be
/// opened (Data Protection itself would quietly skip it and make a new key, breaking everything protected before).
/// </summary>
public static class DataProtectionKeyEncryption
{
    public static IDataProtectionBuilder ProtectKeysWithKeyEncryptionKey(this IDataProtectionBuilder dataProtection)
    {
        dataProtection.Services.TryAddSingleton(services => KeyEncryptionKey.FromConfiguration(services.GetRequiredService<IConfiguration>()));
        dataProtection.Services.AddOptions<KeyManagementOptions>()
            .Configure<KeyEncryptionKey>((options, key) => options.XmlEncryptor = new KeyEncryptionKeyXmlEncryptor(key));
        // First of all hosted services: Data Protection's own one loads the ring at start and, finding no key it can
        // open, would write a new one before this check could object.
        dataProtection.Services.Insert(0, ServiceDescriptor.Singleton<IHostedService, KeyRingStartupCheck>());
        return dataProtection;
    }

    /// <summary>How many secrets in the stored key elements are still plain (0 once every key is sealed).</summary>
    public static int CountPlainSecrets(IEnumerable<XElement> keyElements) =>
        keyElements.Sum(key => key.Descendants().Count(RequiresEncryption));

    private static readonly XName RequiresEncryptionAttribute = XName.Get("requiresEncryption", "http://schemas.asp.net/2015/03/dataProtection");

    private static bool RequiresEncryption(XElement element) =>
        string.Equals((string?)element.Attribute(RequiresEncryptionAttribute), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Opens every stored key once at start-up, so a wrong or missing key-encryption key stops the service.</summary>
    private sealed class KeyRingStartupCheck(IOptions<KeyManagementOptions> options, IServiceProvider services, ILogger<KeyRingStartupCheck> logger) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            var key = services.GetRequiredService<KeyEncryptionKey>();
            var elements = options.Value.XmlRepository?.GetAllElements() ?? [];
            var decryptor = new KeyEncryptionKeyXmlDecryptor(services);
            // Data Protection writes <encryptedSecret> in its own XML namespace.
            foreach (var sealedSecret in elements.SelectMany(element => element.Descendants().Where(e => e.Name.LocalName == "encryptedSecret")))
            {
                var type = sealedSecret.Attributes().FirstOrDefault(attribute => attribute.Name.LocalName == "decryptorType")?.Value;
                if (type is not null && type.StartsWith(typeof(KeyEncryptionKeyXmlDecryptor).FullName!, StringComparison.Ordinal))
                {
                    decryptor.Decrypt(sealedSecret.Elements().Single());
                }
            }
            var plain = CountPlainSecrets(elements);
            if (plain > 0)
            {
                logger.LogWarning("{Count} Data Protection key secret(s) were stored before encryption and stay readable until they expire; every new key is sealed", plain);
            }
            logger.LogInformation("Data Protection key ring sealed under key-encryption key {KeyId}", key.KeyId);
            // Only now, with every stored key known to open, may the ring load (and create a key if none is usable);
            // replicas sharing the ring take turns (KeyRingAcrossReplicas).
            if (services.GetService<IKeyRingCreationLock>() is { } creation)
            {
                var protector = services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Onboarding.KeyRing.Load");
                await creation.RunAsync(() => protector.Protect([0]), cancellationToken);
            }
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

/// <summary>Seals a Data Protection key's secret element under the <see cref="KeyEncryptionKey"/>.</summary>
public sealed class KeyEncryptionKeyXmlEncryptor(KeyEncryptionKey key) : IXmlEncryptor
{
    internal const string Purpose = "data-protection-key";

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var xml = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var element = new XElement("encryptedKey",
            new XComment(" AES-256-GCM under the key-encryption key (KeyEncryption:Key) "),
            new XElement("value", key.Encrypt(xml, Purpose)));
        return new EncryptedXmlInfo(element, typeof(KeyEncryptionKeyXmlDecryptor));
    }
}

/// <summary>Opens what <see cref="KeyEncryptionKeyXmlEncryptor"/> sealed. Data Protection creates it with the service provider.</summary>
public sealed class KeyEncryptionKeyXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var value = encryptedElement.Element("value")?.Value
            ?? throw new KeyEncryptionException("A stored Data Protection key has no sealed value.");
        var xml = services.GetRequiredService<KeyEncryptionKey>().Decrypt(value, KeyEncryptionKeyXmlEncryptor.Purpose);
        return XElement.Parse(Encoding.UTF8.GetString(xml));
    }
}
