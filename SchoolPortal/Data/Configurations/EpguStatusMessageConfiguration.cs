using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Data.Configurations;

internal sealed class EpguStatusMessageConfiguration : IEntityTypeConfiguration<EpguStatusMessage>
{
    public void Configure(EntityTypeBuilder<EpguStatusMessage> b)
    {
        b.ToTable("EpguStatusMessages");
        b.Property(m => m.Comment).HasMaxLength(2500).IsRequired();
        b.Ignore(m => m.IsSent);
        b.HasOne<School>().WithMany().HasForeignKey(m => m.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EnrollmentApplication>().WithMany().HasForeignKey(m => m.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        // The outbox job takes the unsent messages in order; the card lists an application's messages.
        b.HasIndex(m => new { m.SentAt, m.Id });
        b.HasIndex(m => m.ApplicationId);
    }
}
