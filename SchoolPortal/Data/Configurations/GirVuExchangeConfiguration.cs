using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.MilitaryRegistration;
using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Data.Configurations;

internal sealed class GirVuExchangeConfiguration : IEntityTypeConfiguration<GirVuExchange>
{
    public void Configure(EntityTypeBuilder<GirVuExchange> b)
    {
        b.ToTable("GirVuExchanges");
        b.Property(e => e.FormatVersion).HasMaxLength(20).IsRequired();
        b.Property(e => e.Error).HasMaxLength(GirVuExchange.MaxErrorLength);
        b.HasOne<School>().WithMany().HasForeignKey(e => e.SchoolId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(e => e.PackageId).IsUnique();
        b.HasIndex(e => new { e.RunId, e.SchoolId });
        b.HasIndex(e => new { e.SchoolId, e.CreatedAt });
    }
}
