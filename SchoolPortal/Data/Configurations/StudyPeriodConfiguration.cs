using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Data.Configurations;

internal sealed class StudyPeriodConfiguration : IEntityTypeConfiguration<StudyPeriod>
{
    public void Configure(EntityTypeBuilder<StudyPeriod> b)
    {
        b.HasIndex(p => new { p.AcademicYearId, p.Number }).IsUnique();
        b.Ignore(p => p.Name);
    }
}
