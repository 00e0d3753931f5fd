using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Data.Configurations;

internal sealed class HolidayPeriodConfiguration : IEntityTypeConfiguration<HolidayPeriod>
{
    public void Configure(EntityTypeBuilder<HolidayPeriod> b)
    {
        b.Property(h => h.Name).HasMaxLength(200).IsRequired();
        b.HasOne<AcademicYear>().WithMany().HasForeignKey(h => h.AcademicYearId).OnDelete(DeleteBehavior.Cascade);
        b.OwnsMany(h => h.Holidays, holiday =>
        {
            holiday.ToTable("Holidays");
            holiday.WithOwner().HasForeignKey("HolidayPeriodId");
            holiday.Property<int>("Id");
            holiday.HasKey("Id");
            holiday.Property(x => x.Name).HasMaxLength(200).IsRequired();
        });
        b.Navigation(h => h.Holidays).HasField("_holidays");
    }
}
