using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Camps;

namespace SchoolPortal.Data.Configurations;

internal sealed class CampSeasonConfiguration : IEntityTypeConfiguration<CampSeason>
{
    public void Configure(EntityTypeBuilder<CampSeason> b)
    {
        b.ToTable("CampSeasons");
        b.Property(s => s.PayeeName).HasMaxLength(CampSeason.MaxPayeeLength).IsRequired();
        b.Property(s => s.PayeeInn).HasMaxLength(10).IsRequired();
        b.Property(s => s.PayeeAccount).HasMaxLength(20).IsRequired();
        b.Property(s => s.PayeeBank).HasMaxLength(CampSeason.MaxPayeeLength).IsRequired();
        b.Property(s => s.PayeeBik).HasMaxLength(9).IsRequired();
        b.HasIndex(s => s.Year).IsUnique();
    }
}
