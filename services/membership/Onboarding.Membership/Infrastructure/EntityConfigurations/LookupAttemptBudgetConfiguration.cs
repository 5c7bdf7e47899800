using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Onboarding.Membership.Domain;

namespace Onboarding.Membership.Infrastructure.EntityConfigurations;

public sealed class LookupAttemptBudgetConfiguration : IEntityTypeConfiguration<LookupAttemptBudget>
{
    public void Configure(EntityTypeBuilder<LookupAttemptBudget> budget)
    {
        budget.ToTable("lookup_attempt_budgets");
        budget.HasKey(b => b.MemberNumber);
        budget.Property(b => b.MemberNumber).HasMaxLength(12).IsFixedLength();
        budget.Ignore(b => b.AttemptsRemaining);
    }
}
