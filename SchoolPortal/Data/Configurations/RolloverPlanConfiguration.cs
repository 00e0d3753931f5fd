using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.NewYear;
using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Data.Configurations;

internal sealed class RolloverPlanConfiguration : IEntityTypeConfiguration<RolloverPlan>
{
    public void Configure(EntityTypeBuilder<RolloverPlan> b)
    {
        b.ToTable("RolloverPlans");
        b.Property(p => p.OpenedByLogin).HasMaxLength(100);
        b.Ignore(p => p.PreparationStarts);
        b.Ignore(p => p.Deadline);
        b.Ignore(p => p.ReadyToOpen);
        b.HasOne<School>().WithMany().HasForeignKey(p => p.SchoolId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<AcademicYear>().WithMany().HasForeignKey(p => p.FromYearId).OnDelete(DeleteBehavior.NoAction);
        b.HasOne<AcademicYear>().WithMany().HasForeignKey(p => p.ToYearId).OnDelete(DeleteBehavior.NoAction);
        // One plan per school and new year.
        b.HasIndex(p => new { p.SchoolId, p.NewStartYear }).IsUnique();
        b.HasIndex(p => new { p.NewStartYear, p.State });
    }
}
