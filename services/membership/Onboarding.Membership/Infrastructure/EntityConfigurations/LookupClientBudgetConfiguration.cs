using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Onboarding.Membership.Domain;

namespace Onboarding.Membership.Infrastructure.EntityConfigurations;

public sealed class LookupClientBudgetConfiguration : IEntityTypeConfiguration<LookupClientBudget>
{
    public void Configure(EntityTypeBuilder<LookupClientBudget> budget)
    {
        budget.ToTable("lookup_client_budgets");
        budget.HasKey(b => b.ClientKey);
        // An IPv6 /64 prefix is at most 43 characters ("xxxx:xxxx:xxxx:xxxx::/64" and the like).
        budget.Property(b => b.ClientKey).HasMaxLength(64);
    }
}
