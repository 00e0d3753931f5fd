using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Domain.Pupils;

namespace SchoolPortal.Data.Configurations;

internal sealed class EnrollmentOrderLineConfiguration : IEntityTypeConfiguration<EnrollmentOrderLine>
{
    public void Configure(EntityTypeBuilder<EnrollmentOrderLine> b)
    {
        b.ToTable("EnrollmentOrderLines");
        b.Property(l => l.ChildName).HasMaxLength(200).IsRequired();
        b.HasOne<EnrollmentApplication>().WithMany().HasForeignKey(l => l.ApplicationId).OnDelete(DeleteBehavior.NoAction);
        b.HasOne<Pupil>().WithMany().HasForeignKey(l => l.PupilId).OnDelete(DeleteBehavior.NoAction);
        // An application is enrolled by one order only.
        b.HasIndex(l => l.ApplicationId).IsUnique();
        b.HasIndex(l => l.PupilId);
    }
}
