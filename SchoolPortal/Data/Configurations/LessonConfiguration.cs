using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Schedule;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Domain.Staff;

namespace SchoolPortal.Data.Configurations;

internal sealed class LessonConfiguration : IEntityTypeConfiguration<Lesson>
{
    public void Configure(EntityTypeBuilder<Lesson> b)
    {
        b.Property(l => l.Room).HasMaxLength(20);
        b.Property(l => l.Topic).HasMaxLength(Lesson.MaxTopic);
        b.Property(l => l.Homework).HasMaxLength(Lesson.MaxHomework);
        b.Property(l => l.HomeworkLink).HasMaxLength(1000);
        b.HasOne<SchoolClass>().WithMany().HasForeignKey(l => l.ClassId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StudyPeriod>().WithMany().HasForeignKey(l => l.StudyPeriodId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Subject>().WithMany().HasForeignKey(l => l.SubjectId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Employee>().WithMany().HasForeignKey(l => l.TeacherId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<TimetableEntry>().WithMany().HasForeignKey(l => l.TimetableEntryId).OnDelete(DeleteBehavior.SetNull);
        // The journal reads a class × subject × period; the teacher's day reads a teacher × date.
        b.HasIndex(l => new { l.ClassId, l.SubjectId, l.StudyPeriodId, l.Date });
        b.HasIndex(l => new { l.TeacherId, l.Date });
        b.HasIndex(l => new { l.SchoolId, l.Date });
        b.Ignore(l => l.HasHomework);
    }
}
