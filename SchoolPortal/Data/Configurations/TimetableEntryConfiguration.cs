using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Schedule;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Domain.Staff;

namespace SchoolPortal.Data.Configurations;

internal sealed class TimetableEntryConfiguration : IEntityTypeConfiguration<TimetableEntry>
{
    public void Configure(EntityTypeBuilder<TimetableEntry> b)
    {
        b.ToTable("Timetable");
        b.Property(e => e.Room).HasMaxLength(20);
        b.HasOne<SchoolClass>().WithMany().HasForeignKey(e => e.ClassId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StudyPeriod>().WithMany().HasForeignKey(e => e.StudyPeriodId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Subject>().WithMany().HasForeignKey(e => e.SubjectId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Employee>().WithMany().HasForeignKey(e => e.TeacherId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.ClassId, e.StudyPeriodId, e.Weekday, e.LessonNumber });
        b.HasIndex(e => new { e.TeacherId, e.StudyPeriodId });
    }
}
