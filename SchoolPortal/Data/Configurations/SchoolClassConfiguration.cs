using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Domain.Staff;

namespace SchoolPortal.Data.Configurations;

internal sealed class SchoolClassConfiguration : IEntityTypeConfiguration<SchoolClass>
{
    public void Configure(EntityTypeBuilder<SchoolClass> b)
    {
        b.ToTable("Classes");
        b.Property(c => c.Letter).HasMaxLength(3).IsRequired();
        b.HasOne<School>().WithMany().HasForeignKey(c => c.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AcademicYear>().WithMany().HasForeignKey(c => c.AcademicYearId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Employee>().WithMany().HasForeignKey(c => c.HomeroomTeacherId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<HolidayPeriod>().WithMany().HasForeignKey(c => c.HolidayPeriodId).OnDelete(DeleteBehavior.NoAction);
        b.HasIndex(c => new { c.SchoolId, c.AcademicYearId, c.Grade, c.Letter }).IsUnique();
        b.Ignore(c => c.Name);
    }
}
