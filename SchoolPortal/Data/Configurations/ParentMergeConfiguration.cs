using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Parents;

namespace SchoolPortal.Data.Configurations;

internal sealed class ParentMergeConfiguration : IEntityTypeConfiguration<ParentMerge>
{
    public void Configure(EntityTypeBuilder<ParentMerge> b)
    {
        b.ToTable("ParentMerges");
        b.Property(m => m.ByLogin).HasMaxLength(100).IsRequired();
        b.Property(m => m.UndoneByLogin).HasMaxLength(100);
        b.Property(m => m.Details).IsRequired();
        b.HasOne<Parent>().WithMany().HasForeignKey(m => m.KeptParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Parent>().WithMany().HasForeignKey(m => m.MergedParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(m => m.KeptParentId);
        b.HasIndex(m => m.MergedParentId);
        b.Ignore(m => m.IsUndone);
    }
}
