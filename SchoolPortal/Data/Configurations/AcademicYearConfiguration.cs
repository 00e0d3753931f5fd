using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Data.Configurations;

internal sealed class AcademicYearConfiguration : IEntityTypeConfiguration<AcademicYear>
{
    public void Configure(EntityTypeBuilder<AcademicYear> b)
    {
        b.HasOne<School>().WithMany().HasForeignKey(y => y.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(y => new { y.SchoolId, y.StartYear }).IsUnique();
        b.HasMany(y => y.Periods).WithOne().HasForeignKey(p => p.AcademicYearId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(y => y.Periods).HasField("_periods");
        b.Ignore(y => y.Name);
    }
}
