using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Onboarding.IdentityPortal.Domain;

namespace Onboarding.IdentityPortal.Infrastructure.EntityConfigurations;

public sealed class AccountDeletionConfiguration : IEntityTypeConfiguration<AccountDeletion>
{
    public void Configure(EntityTypeBuilder<AccountDeletion> deletion)
    {
        deletion.ToTable("account_deletions");
        deletion.HasKey(d => d.Id);
        // One deletion per account: a replayed request finds it instead of recording a second.
        deletion.HasIndex(d => d.AccountId).IsUnique();
        // The help desk finds a member's deletion by member id (docs/architecture.md §9.9).
        deletion.HasIndex(d => d.MemberId);
    }
}
