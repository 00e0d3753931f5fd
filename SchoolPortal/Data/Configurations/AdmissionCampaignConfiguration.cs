using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Enrollment;

namespace SchoolPortal.Data.Configurations;

internal sealed class AdmissionCampaignConfiguration : IEntityTypeConfiguration<AdmissionCampaign>
{
    public void Configure(EntityTypeBuilder<AdmissionCampaign> b)
    {
        b.ToTable("AdmissionCampaigns");
        b.Ignore(c => c.AcademicYear);
        // The region's settings of one year: one row.
        b.HasIndex(c => c.Year).IsUnique();
    }
}
