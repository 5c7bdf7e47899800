using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Onboarding.ServiceDefaults.Database;

namespace Onboarding.Gateway.KeyRing;

/// <summary>
/// gatewaydb: only the gateway's Data Protection key ring (journey cookies, antiforgery tokens, the member session),
/// shared by every replica so that a restart or another replica reads what one issued. The gateway keeps no other data.
/// </summary>
public sealed class GatewayDbContext(DbContextOptions<GatewayDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    // The naming convention alone maps DataProtectionKey: table data_protection_keys, columns id, friendly_name, xml.
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseSnakeCaseNames();
}

/// <summary>For <c>dotnet ef migrations add</c>: the model only, no server.</summary>
public sealed class GatewayDbContextDesignFactory : IDesignTimeDbContextFactory<GatewayDbContext>
{
    public GatewayDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<GatewayDbContext>().UseNpgsql("Host=design-time-only").Options);
}
