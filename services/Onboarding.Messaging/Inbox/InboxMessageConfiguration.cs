using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Onboarding.Messaging.Inbox;

public sealed class InboxMessageConfiguration : IEntityTypeConfiguration<InboxMessage>
{
    public void Configure(EntityTypeBuilder<InboxMessage> inbox)
    {
        inbox.ToTable(MessagingModel.InboxTable);
        inbox.HasKey(m => new { m.MessageId, m.Consumer });
        inbox.Property(m => m.Consumer).HasMaxLength(256);
        // The retention pass deletes by age.
        inbox.HasIndex(m => m.ProcessedAt);
    }
}
