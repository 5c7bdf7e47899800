using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Onboarding.OperatorConsole.Audit;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public const string Table = "audit_entries";

    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ToTable(Table);
        entry.HasKey(row => row.Id);
        entry.Property(row => row.Id).UseIdentityAlwaysColumn();
        entry.Property(row => row.Staff).HasMaxLength(64);
        entry.Property(row => row.Action).HasMaxLength(64);
        entry.Property(row => row.Subject).HasMaxLength(200);
        entry.Property(row => row.Reason).HasMaxLength(AuditLog.MaxReasonLength);
        entry.Property(row => row.Details).HasColumnType("jsonb");
        // The audit page filters by date, staff and action, newest first.
        entry.HasIndex(row => row.At);
        entry.HasIndex(row => new { row.Staff, row.At });
        entry.HasIndex(row => new { row.Action, row.At });
    }
}
