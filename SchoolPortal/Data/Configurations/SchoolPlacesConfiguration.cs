using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Data.Configurations;

internal sealed class SchoolPlacesConfiguration : IEntityTypeConfiguration<SchoolPlaces>
{
    public void Configure(EntityTypeBuilder<SchoolPlaces> b)
    {
        b.ToTable("SchoolPlaces");
        b.HasOne<School>().WithMany().HasForeignKey(p => p.SchoolId).OnDelete(DeleteBehavior.Cascade);
        // One publication per school and campaign.
        b.HasIndex(p => new { p.SchoolId, p.Year }).IsUnique();
    }
}
