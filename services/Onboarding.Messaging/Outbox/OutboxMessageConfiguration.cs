using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Onboarding.Messaging.Outbox;

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> outbox)
    {
        outbox.ToTable(MessagingModel.OutboxTable);
        outbox.HasKey(m => m.Id);
        outbox.Property(m => m.Sequence).UseIdentityAlwaysColumn();
        outbox.Property(m => m.MessageType).HasMaxLength(256);
        outbox.Property(m => m.Destination).HasMaxLength(256);
        outbox.Property(m => m.Body).HasColumnType("jsonb");
        outbox.Property(m => m.TraceParent).HasMaxLength(128);
        outbox.Property(m => m.LastError).HasMaxLength(1024);
        // The relay's query: due messages, oldest first.
        outbox.HasIndex(m => new { m.NextAttemptAt, m.Sequence }).HasDatabaseName("ix_outbox_messages_due");
    }
}
