using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Data.Configurations;

internal sealed class EnrollmentOrderConfiguration : IEntityTypeConfiguration<EnrollmentOrder>
{
    public void Configure(EntityTypeBuilder<EnrollmentOrder> b)
    {
        b.ToTable("EnrollmentOrders");
        b.Property(o => o.Number).HasMaxLength(EnrollmentOrder.MaxNumberLength).IsRequired();
        b.Property(o => o.ClassName).HasMaxLength(20).IsRequired();
        b.Property(o => o.IssuedBy).HasMaxLength(200).IsRequired();
        b.HasOne<School>().WithMany().HasForeignKey(o => o.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SchoolClass>().WithMany().HasForeignKey(o => o.ClassId).OnDelete(DeleteBehavior.NoAction);
        b.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(o => o.Lines).HasField("_lines");
        // The operator lists late orders by year; a school lists its orders by date.
        b.HasIndex(o => new { o.SchoolId, o.Date });
        b.HasIndex(o => new { o.Year, o.IsLate });
    }
}
