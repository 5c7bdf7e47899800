using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Onboarding.IdentityPortal.Domain;

namespace Onboarding.IdentityPortal.Infrastructure.EntityConfigurations;

/// <summary>The columns every e-mailed or phoned code has (<see cref="SentCode"/>), in one place for its three tables.</summary>
public static class SentCodeColumns
{
    /// <summary>Maps <see cref="SentCode"/>'s columns; <paramref name="flowColumn"/> names the sign-up or sign-in it belongs to.</summary>
    public static void Configure<TCode>(EntityTypeBuilder<TCode> code, string table, string flowColumn) where TCode : SentCode
    {
        code.ToTable(table);
        code.HasKey(c => c.Id);
        code.Property(c => c.Id).ValueGeneratedNever();
        code.Property(c => c.FlowId).HasColumnName(flowColumn);
        code.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        code.HasIndex(c => new { c.FlowId, c.CreatedAt });
        // The retention pass deletes by age.
        code.HasIndex(c => c.CreatedAt);
        code.Ignore(c => c.AttemptsRemaining);
    }
}
