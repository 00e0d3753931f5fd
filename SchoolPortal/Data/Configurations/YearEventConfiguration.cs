using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Schedule;
using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Data.Configurations;

internal sealed class YearEventConfiguration : IEntityTypeConfiguration<YearEvent>
{
    public void Configure(EntityTypeBuilder<YearEvent> b)
    {
        b.Property(e => e.Title).HasMaxLength(YearEvent.MaxTitle).IsRequired();
        b.Property(e => e.Description).HasMaxLength(YearEvent.MaxDescription);
        b.Property(e => e.AudienceIds).HasMaxLength(2000).IsRequired();
        b.HasOne<School>().WithMany().HasForeignKey(e => e.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AcademicYear>().WithMany().HasForeignKey(e => e.AcademicYearId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.SchoolId, e.Date });
        b.Ignore(e => e.AudienceList);
    }
}
