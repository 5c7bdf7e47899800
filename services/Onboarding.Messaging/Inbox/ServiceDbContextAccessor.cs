using Microsoft.EntityFrameworkCore;

namespace Onboarding.Messaging.Inbox;

/// <summary>
/// The service's scoped DbContext seen as a plain <see cref="DbContext"/>, so the inbox filter (generic over the
/// message type only, as MassTransit requires) shares the consumer's context and transaction.
/// </summary>
public sealed class ServiceDbContextAccessor(DbContext dbContext)
{
    public DbContext DbContext { get; } = dbContext;
}
