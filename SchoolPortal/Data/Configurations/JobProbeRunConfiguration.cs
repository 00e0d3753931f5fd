using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Operations;

namespace SchoolPortal.Data.Configurations;

internal sealed class JobProbeRunConfiguration : IEntityTypeConfiguration<JobProbeRun>
{
    public void Configure(EntityTypeBuilder<JobProbeRun> b)
    {
        b.ToTable("JobProbeRuns");
        b.HasKey(r => r.Id);
        b.Property(r => r.JobId).HasMaxLength(100);
        b.Property(r => r.Node).HasMaxLength(200);
        b.HasIndex(r => r.ScheduledAt);
    }
}
