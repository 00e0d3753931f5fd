using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Accounts;

namespace SchoolPortal.Data.Configurations;

internal sealed class LinkCodeConfiguration : IEntityTypeConfiguration<LinkCode>
{
    public void Configure(EntityTypeBuilder<LinkCode> b)
    {
        b.ToTable("LinkCodes");
        b.Property(c => c.CodeHash).HasMaxLength(64).IsRequired();
        b.HasOne<UserAccount>().WithMany().HasForeignKey(c => c.AccountId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => c.CodeHash);
        b.HasIndex(c => c.AccountId);
    }
}
