using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Camps;

namespace SchoolPortal.Data.Configurations;

internal sealed class CampShiftConfiguration : IEntityTypeConfiguration<CampShift>
{
    public void Configure(EntityTypeBuilder<CampShift> b)
    {
        // The database is the last word on places: never more taken than there are, whatever a node believed.
        b.ToTable("CampShifts", t => t.HasCheckConstraint("CK_CampShifts_Taken", "Taken >= 0 AND Taken <= Places"));
        b.Property(s => s.Name).HasMaxLength(CampShift.MaxNameLength).IsRequired();
        b.Property(s => s.FullPrice).HasPrecision(12, 2);
        b.Property(s => s.ParentShare).HasPrecision(12, 2);
        // Two allocations that both read a free place: the second save finds Taken changed and starts over.
        b.Property(s => s.Taken).IsConcurrencyToken();
        b.Ignore(s => s.FreePlaces);
        b.Ignore(s => s.Title);
        b.HasOne<Camp>().WithMany().HasForeignKey(s => s.CampId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => new { s.Year, s.CampId });
    }
}
