using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.People;

namespace SchoolPortal.Data.Configurations;

internal sealed class DuplicateOverrideConfiguration : IEntityTypeConfiguration<DuplicateOverride>
{
    public void Configure(EntityTypeBuilder<DuplicateOverride> b)
    {
        b.ToTable("DuplicateOverrides");
        b.Property(o => o.EntityType).HasMaxLength(32).IsRequired();
        b.Property(o => o.Reason).HasMaxLength(DuplicateOverride.MaxReasonLength).IsRequired();
        b.Property(o => o.ByLogin).HasMaxLength(100).IsRequired();
        b.HasIndex(o => new { o.EntityType, o.EntityId });
        b.HasIndex(o => new { o.EntityType, o.MatchedEntityId });
    }
}
