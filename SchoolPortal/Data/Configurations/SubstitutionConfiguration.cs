using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Schedule;
using SchoolPortal.Domain.Staff;

namespace SchoolPortal.Data.Configurations;

internal sealed class SubstitutionConfiguration : IEntityTypeConfiguration<Substitution>
{
    public void Configure(EntityTypeBuilder<Substitution> b)
    {
        b.Property(s => s.Comment).HasMaxLength(Substitution.MaxComment);
        b.HasOne<Lesson>().WithMany().HasForeignKey(s => s.LessonId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Employee>().WithMany().HasForeignKey(s => s.AbsentTeacherId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Employee>().WithMany().HasForeignKey(s => s.SubstituteTeacherId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Subject>().WithMany().HasForeignKey(s => s.SubjectId).OnDelete(DeleteBehavior.Restrict);
        // One substitution per lesson.
        b.HasIndex(s => s.LessonId).IsUnique();
        b.HasIndex(s => new { s.SchoolId, s.Date });
        b.HasIndex(s => new { s.SubstituteTeacherId, s.Date });
    }
}
