using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Schedule;
using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Data.Configurations;

internal sealed class PupilEventConfiguration : IEntityTypeConfiguration<PupilEvent>
{
    public void Configure(EntityTypeBuilder<PupilEvent> b)
    {
        b.Property(e => e.Comment).HasMaxLength(PupilEvent.MaxComment);
        b.Property(e => e.Author).HasMaxLength(300).IsRequired();
        b.HasOne<School>().WithMany().HasForeignKey(e => e.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Pupil>().WithMany().HasForeignKey(e => e.PupilId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.PupilId, e.Date });
        b.Ignore(e => e.KindName);
    }
}
