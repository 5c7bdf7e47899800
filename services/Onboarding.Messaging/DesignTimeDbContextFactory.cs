using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Onboarding.Messaging;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build a service's DbContext without starting the service (which needs
/// real connection strings). The connection string is never opened.
/// </summary>
public abstract class DesignTimeDbContextFactory<TDbContext> : IDesignTimeDbContextFactory<TDbContext>
    where TDbContext : DbContext
{
    public TDbContext CreateDbContext(string[] args) =>
        Create(new DbContextOptionsBuilder<TDbContext>().UseNpgsql("Host=design-time-only").Options);

    protected abstract TDbContext Create(DbContextOptions<TDbContext> options);
}
