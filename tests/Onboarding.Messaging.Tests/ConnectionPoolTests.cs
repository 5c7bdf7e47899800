using Npgsql;

namespace Onboarding.Messaging.Tests;

public sealed class ConnectionPoolTests
{
    [Theory]
    [InlineData("Host=db;Database=membershipdb;Username=u;Password=p", ConnectionPool.DefaultMaximum)]
    [InlineData("Host=db;Database=walletdb;Maximum Pool Size=40", 40)]
    [InlineData("Host=db;Database=walletdb;maximum pool size=12", 12)]
    [InlineData("Host=db;Database=walletdb;Maximum Pool Size=7;Minimum Pool Size=2", 7)]
    [InlineData("Host=db;Database=walletdb;Minimum Pool Size=2", ConnectionPool.DefaultMaximum)]
    public void A_service_pool_is_bounded_unless_its_connection_string_sets_its_own_maximum(string connectionString, int maximum)
    {
        var bounded = new NpgsqlConnectionStringBuilder(ConnectionPool.Bounded(connectionString));

        Assert.Equal(maximum, bounded.MaxPoolSize);
        Assert.Equal("db", bounded.Host);
    }
}
