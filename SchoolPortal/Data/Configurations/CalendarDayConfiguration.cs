using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Enrollment;

namespace SchoolPortal.Data.Configurations;

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> b)
    {
        b.ToTable("CalendarDays");
        b.Property(d => d.Comment).HasMaxLength(CalendarDay.MaxCommentLength);
        // One kind per date in the production calendar.
        b.HasIndex(d => d.Date).IsUnique();
    }
}
