using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.NewYear;
using SchoolPortal.Domain.Staff;

namespace SchoolPortal.Data.Configurations;

internal sealed class StaffMoveConfiguration : IEntityTypeConfiguration<StaffMove>
{
    public void Configure(EntityTypeBuilder<StaffMove> b)
    {
        b.ToTable("StaffMoves");
        b.HasOne<RolloverPlan>().WithMany().HasForeignKey(m => m.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Employee>().WithMany().HasForeignKey(m => m.EmployeeId).OnDelete(DeleteBehavior.NoAction);
        b.HasIndex(m => new { m.PlanId, m.EmployeeId }).IsUnique();
        b.HasIndex(m => m.EmployeeId);
    }
}
