using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Data.Configurations;

internal sealed class SchoolDepartureConfiguration : IEntityTypeConfiguration<SchoolDeparture>
{
    public void Configure(EntityTypeBuilder<SchoolDeparture> b)
    {
        b.ToTable("SchoolDepartures");
        b.Property(d => d.PupilName).HasMaxLength(200).IsRequired();
        b.Property(d => d.ToSchoolName).HasMaxLength(300).IsRequired();
        b.Ignore(d => d.Text);
        b.HasOne<School>().WithMany().HasForeignKey(d => d.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(d => new { d.SchoolId, d.On });
        b.HasIndex(d => d.PupilId);
    }
}
