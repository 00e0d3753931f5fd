using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Journal;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Schedule;
using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Data.Configurations;

internal sealed class FinalMarkConfiguration : IEntityTypeConfiguration<FinalMark>
{
    public void Configure(EntityTypeBuilder<FinalMark> b)
    {
        b.Property(f => f.Value).HasConversion(ValueConverters.MarkValue);
        b.Property(f => f.ChangedBy).HasMaxLength(64).IsRequired();
        b.Property(f => f.Version).IsConcurrencyToken();
        b.HasOne<SchoolClass>().WithMany().HasForeignKey(f => f.ClassId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Subject>().WithMany().HasForeignKey(f => f.SubjectId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Pupil>().WithMany().HasForeignKey(f => f.PupilId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StudyPeriod>().WithMany().HasForeignKey(f => f.StudyPeriodId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AcademicYear>().WithMany().HasForeignKey(f => f.AcademicYearId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(f => new { f.ClassId, f.SubjectId, f.PupilId, f.StudyPeriodId }).IsUnique();
        b.HasIndex(f => f.PupilId);
    }
}
