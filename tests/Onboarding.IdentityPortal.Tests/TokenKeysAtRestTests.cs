using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Onboarding.IdentityPortal.Infrastructure;
using Onboarding.IdentityPortal.Tokens;
using Onboarding.ServiceDefaults.KeyEncryption;

namespace Onboarding.IdentityPortal.Tests;

/// <summary>
/// The token signing and encryption keys are sealed at rest under the key-encryption key from configuration: a copy of
/// identitydb alone holds no usable private key, a service given another key (or none) refuses to start instead of
/// making new keys (which would invalidate every issued token), and keys stored as plain PEM before are sealed in place.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class TokenKeysAtRestTests(PortalApiFactory factory) : IClassFixture<PortalApiFactory>
{
    [Fact]
    public async Task The_stored_keys_are_only_envelopes_and_their_tokens_validate_after_a_restart()
    {
        var token = await AccessTokenAsync(factory);

        var stored = await factory.WithDbAsync(db => db.TokenKeys.AsNoTracking().ToListAsync());
        Assert.Equal(new[] { TokenKeyUse.Signing, TokenKeyUse.Encryption }, stored.Select(k => k.Use).Order());
        Assert.All(stored, key =>
        {
            Assert.StartsWith("kek1:", key.PrivateKey);
            Assert.DoesNotContain("-----BEGIN", key.PrivateKey);
            Assert.DoesNotContain("PRIVATE KEY", key.PrivateKey);
        });
        Assert.Equal(SigningKeyId(stored), new JsonWebToken(token).Kid);
        await using (var resourceServer = await ResourceServer.StartAsync(factory))
        {
            Assert.Equal(200, (await resourceServer.CallAsync(token)).Status);
        }

        // Another start on the same database (a restart, a second replica) opens the same keys, making none.
        await using var restarted = new PortalApiFactory { SharedDatabase = factory.DatabaseConnectionString };
        await ((IAsyncLifetime)restarted).InitializeAsync();
        await using var checkedByRestarted = await ResourceServer.StartAsync(restarted);
        Assert.Equal(200, (await checkedByRestarted.CallAsync(token)).Status);
        Assert.Equal(stored.Select(k => k.Id).Order(), await restarted.WithDbAsync(db => db.TokenKeys.Select(k => k.Id).OrderBy(id => id).ToListAsync()));
    }

    [Fact]
    public async Task Two_replicas_issuing_their_first_tokens_together_on_a_fresh_database_make_one_key_set_and_both_sign_with_it()
    {
        await using var first = new PortalApiFactory();
        await ((IAsyncLifetime)first).InitializeAsync();
        await using var second = new PortalApiFactory { SharedDatabase = first.DatabaseConnectionString };
        await ((IAsyncLifetime)second).InitializeAsync();
        // Both started (their start-up checks ran on an empty token_keys); OpenIddict loads its keys, creating them if
        // missing, on each replica's first token request: here both at once.
        await Task.WhenAll(Task.Run(() => first.Services), Task.Run(() => second.Services));

        var tokens = await Task.WhenAll(AccessTokenAsync(first), AccessTokenAsync(second));

        var stored = await first.WithDbAsync(db => db.TokenKeys.AsNoTracking().ToListAsync());
        Assert.Equal(new[] { TokenKeyUse.Signing, TokenKeyUse.Encryption }, stored.Select(k => k.Use).Order());
        Assert.All(tokens, token => Assert.Equal(SigningKeyId(stored), new JsonWebToken(token).Kid));
        // Each replica's published keys validate the other's tokens (a resource server may fetch from either).
        await using var checkedByFirst = await ResourceServer.StartAsync(first);
        await using var checkedBySecond = await ResourceServer.StartAsync(second);
        Assert.Equal(200, (await checkedByFirst.CallAsync(tokens[1])).Status);
        Assert.Equal(200, (await checkedBySecond.CallAsync(tokens[0])).Status);
    }

    [Theory]
    [InlineData("another-key-encryption-key-0123456789")]
    [InlineData("")]
    public async Task A_service_with_another_or_no_key_encryption_key_refuses_to_start_and_makes_no_keys(string keyEncryptionKey)
    {
        await AccessTokenAsync(factory); // the keys exist, sealed under the factory's key
        var before = await factory.WithDbAsync(db => db.TokenKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => new { k.Id, k.PrivateKey }).ToListAsync());
        await using var misconfigured = factory.WithWebHostBuilder(builder => builder.UseSetting("KeyEncryption:Key", keyEncryptionKey));

        var error = Assert.Throws<KeyEncryptionException>(() => misconfigured.Services);

        Assert.Contains("'KeyEncryption:Key'", error.Message);
        Assert.Equal(before, await factory.WithDbAsync(db => db.TokenKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => new { k.Id, k.PrivateKey }).ToListAsync()));
    }

    [Fact]
    public async Task Keys_stored_as_plain_PEM_before_encryption_are_sealed_in_place_and_keep_signing()
    {
        var logs = new CapturedLogs();
        await using var legacy = new PortalApiFactory { LogCapture = logs };
        await ((IAsyncLifetime)legacy).InitializeAsync();
        using var signingRsa = RSA.Create(2048);
        using var encryptionRsa = RSA.Create(2048);
        var signingId = Guid.CreateVersion7();
        await StoreAsPreviousVersionDidAsync(legacy.DatabaseConnectionString,
            (signingId, "Signing", signingRsa.ExportPkcs8PrivateKeyPem()),
            (Guid.CreateVersion7(), "Encryption", encryptionRsa.ExportPkcs8PrivateKeyPem()));

        var token = await AccessTokenAsync(legacy);

        // The token is signed with the key that was there (same id, same key), and it validates.
        Assert.Equal(signingId.ToString("N"), new JsonWebToken(token).Kid);
        await using var resourceServer = await ResourceServer.StartAsync(legacy);
        Assert.Equal(200, (await resourceServer.CallAsync(token)).Status);
        var stored = await legacy.WithDbAsync(db => db.TokenKeys.AsNoTracking().ToListAsync());
        Assert.Equal(2, stored.Count);
        Assert.All(stored, key => Assert.StartsWith("kek1:", key.PrivateKey));
        var sealing = legacy.Services.GetRequiredService<TokenKeySealing>();
        using var opened = sealing.Open(stored.Single(k => k.Id == signingId));
        Assert.Equal(signingRsa.ExportParameters(false).Modulus, opened.ExportParameters(false).Modulus);
        // The operator learns how many were plain, and the log never holds the key.
        Assert.Contains(logs.Messages, message => message.StartsWith("2 token key(s) stored as plain PEM", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Messages, message => message.Contains("PRIVATE KEY") || message.Contains("kek1:"));
    }

    /// <summary>Writes rows as the service did before keys were sealed: the previous schema, plain PEM.</summary>
    private static async Task StoreAsPreviousVersionDidAsync(string database, params (Guid Id, string Use, string Pem)[] keys)
    {
        await using var db = new IdentityDbContext(new DbContextOptionsBuilder<IdentityDbContext>().UseNpgsql(database).Options);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("20261205091500_MailboxIndexes");
        foreach (var (id, use, pem) in keys)
        {
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO token_keys (id, use, private_key_pem, created_at) VALUES ({id}, {use}, {pem}, {DateTimeOffset.UtcNow})");
        }
        await db.Database.MigrateAsync(); // the migrate step of this version
    }

    private static async Task<string> AccessTokenAsync(PortalApiFactory portal)
    {
        // Resource servers check expiry against the real clock: issue at (or after) the real time.
        if (portal.Clock.GetUtcNow() < DateTimeOffset.UtcNow) portal.Clock.SetUtcNow(DateTimeOffset.UtcNow);
        var signIns = new SignInClient(portal);
        var user = await signIns.CreateAccountAsync();
        var response = await signIns.PasswordAsync(user.Email, SignInClient.Password);
        return (await ApiClient.JsonAsync(response)).GetProperty("access_token").GetString()!;
    }

    private static string SigningKeyId(IEnumerable<TokenKey> keys) => keys.Single(k => k.Use == TokenKeyUse.Signing).Id.ToString("N");

    private sealed class CapturedLogs : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _messages = new();

        public IReadOnlyCollection<string> Messages => _messages;

        public ILogger CreateLogger(string categoryName) => new Logger(_messages);

        public void Dispose() { }

        private sealed class Logger(ConcurrentQueue<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => true;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue(formatter(state, exception));
        }
    }
}
