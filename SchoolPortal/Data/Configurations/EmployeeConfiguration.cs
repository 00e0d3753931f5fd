using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Domain.Staff;

namespace SchoolPortal.Data.Configurations;

internal sealed class EmployeeConfiguration : IEntityTypeConfiguration<Employee>
{
    public void Configure(EntityTypeBuilder<Employee> b)
    {
        b.ToTable("Employees");
        b.OwnsOne(e => e.Name, n => n.MapName());
        b.Navigation(e => e.Name).IsRequired();
        b.OwnsOne(e => e.Passport, d => d.MapDocument("Passport"));
        b.Property(e => e.Snils).HasConversion(ValueConverters.Snils).HasMaxLength(11);
        b.Property(e => e.Position).HasMaxLength(200).IsRequired();
        b.Property(e => e.Phone).HasConversion(ValueConverters.Phone).HasMaxLength(20);
        b.Property(e => e.Email).HasConversion(ValueConverters.Email).HasMaxLength(254);
        b.Property(e => e.Education).HasMaxLength(2000);
        b.HasOne<School>().WithMany().HasForeignKey(e => e.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => e.SchoolId);
        b.HasIndex(e => e.Snils);
        b.HasIndex(e => e.BirthDate);
        b.HasIndex(e => e.OriginEmployeeId);
        b.Ignore(e => e.PersonId);
        b.Ignore(e => e.IsActive);
    }
}
