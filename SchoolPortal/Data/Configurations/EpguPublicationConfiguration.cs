using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Epgu;

namespace SchoolPortal.Data.Configurations;

internal sealed class EpguPublicationConfiguration : IEntityTypeConfiguration<EpguPublication>
{
    public void Configure(EntityTypeBuilder<EpguPublication> b)
    {
        b.ToTable("EpguPublications");
        b.HasKey(p => p.PupilId);
        b.Property(p => p.PupilId).ValueGeneratedNever();
        b.Property(p => p.Hash).HasMaxLength(64).IsRequired();
        b.HasOne<Pupil>().WithMany().HasForeignKey(p => p.PupilId).OnDelete(DeleteBehavior.Cascade);
    }
}
