using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Schedule;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Domain.Staff;

namespace SchoolPortal.Data.Configurations;

internal sealed class WorkloadConfiguration : IEntityTypeConfiguration<Workload>
{
    public void Configure(EntityTypeBuilder<Workload> b)
    {
        b.ToTable("Workloads");
        b.Property(w => w.HoursPerWeek).HasPrecision(4, 1);
        b.HasOne<SchoolClass>().WithMany().HasForeignKey(w => w.ClassId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Subject>().WithMany().HasForeignKey(w => w.SubjectId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Employee>().WithMany().HasForeignKey(w => w.TeacherId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AcademicYear>().WithMany().HasForeignKey(w => w.AcademicYearId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(w => new { w.ClassId, w.SubjectId, w.Group }).IsUnique();
        b.HasIndex(w => w.TeacherId);
        b.HasIndex(w => w.SchoolId);
    }
}
