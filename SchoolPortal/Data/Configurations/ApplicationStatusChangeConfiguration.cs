using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Enrollment;

namespace SchoolPortal.Data.Configurations;

internal sealed class ApplicationStatusChangeConfiguration : IEntityTypeConfiguration<ApplicationStatusChange>
{
    public void Configure(EntityTypeBuilder<ApplicationStatusChange> b)
    {
        b.ToTable("ApplicationStatusChanges");
        b.Property(h => h.By).HasMaxLength(200).IsRequired();
        b.Property(h => h.Comment).HasMaxLength(EnrollmentApplication.MaxCommentLength);
        b.HasIndex(h => new { h.ApplicationId, h.At });
    }
}
