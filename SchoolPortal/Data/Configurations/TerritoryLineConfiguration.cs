using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Data.Configurations;

internal sealed class TerritoryLineConfiguration : IEntityTypeConfiguration<TerritoryLine>
{
    public void Configure(EntityTypeBuilder<TerritoryLine> b)
    {
        b.ToTable("TerritoryLines");
        b.Property(l => l.Settlement).HasMaxLength(TerritoryLine.MaxNameLength).IsRequired();
        b.Property(l => l.Street).HasMaxLength(TerritoryLine.MaxNameLength).IsRequired();
        b.Property(l => l.SettlementKey).HasMaxLength(TerritoryLine.MaxNameLength).IsRequired();
        b.Property(l => l.StreetKey).HasMaxLength(TerritoryLine.MaxNameLength).IsRequired();
        b.Ignore(l => l.Houses);
        b.Ignore(l => l.Description);
        b.Ignore(l => l.FullDescription);
        b.HasOne<School>().WithMany().HasForeignKey(l => l.SchoolId).OnDelete(DeleteBehavior.Cascade);
        // An address is matched by its normalised settlement and street: the look-up keys, then the houses in memory.
        b.HasIndex(l => new { l.SettlementKey, l.StreetKey });
        b.HasIndex(l => l.SchoolId);
    }
}
