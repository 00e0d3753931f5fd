using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.DataQuality;
using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Data.Configurations;

internal sealed class QualityScoreConfiguration : IEntityTypeConfiguration<QualityScore>
{
    public void Configure(EntityTypeBuilder<QualityScore> b)
    {
        b.ToTable("QualityScores");
        b.Property(s => s.RuleCode).HasMaxLength(64).IsRequired();
        b.Ignore(s => s.Completeness);
        b.HasOne<School>().WithMany().HasForeignKey(s => s.SchoolId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Municipality>().WithMany().HasForeignKey(s => s.MunicipalityId).OnDelete(DeleteBehavior.NoAction);
        // One row per day, school and rule: a rerun the same day replaces it. The dashboard reads a day across the region.
        b.HasIndex(s => new { s.ComputedOn, s.SchoolId, s.RuleCode }).IsUnique();
        b.HasIndex(s => new { s.SchoolId, s.ComputedOn });
        b.HasIndex(s => new { s.MunicipalityId, s.ComputedOn });
    }
}
