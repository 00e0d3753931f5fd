using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.MilitaryRegistration;
using SchoolPortal.Domain.Pupils;

namespace SchoolPortal.Data.Configurations;

internal sealed class GirVuSubmissionConfiguration : IEntityTypeConfiguration<GirVuSubmission>
{
    public void Configure(EntityTypeBuilder<GirVuSubmission> b)
    {
        b.ToTable("GirVuSubmissions");
        b.Property(s => s.Fingerprint).HasMaxLength(64).IsRequired();
        b.HasOne<GirVuExchange>().WithMany().HasForeignKey(s => s.ExchangeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Pupil>().WithMany().HasForeignKey(s => s.PupilId).OnDelete(DeleteBehavior.NoAction);
        // Each pupil once per package; the last accepted fingerprint of a pupil is looked up before sending again.
        b.HasIndex(s => new { s.ExchangeId, s.PupilId }).IsUnique();
        b.HasIndex(s => new { s.PupilId, s.Status });
        b.HasIndex(s => new { s.SchoolId, s.ExchangeId });
    }
}
