using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Camps;
using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Data.Configurations;

internal sealed class CampConfiguration : IEntityTypeConfiguration<Camp>
{
    public void Configure(EntityTypeBuilder<Camp> b)
    {
        b.ToTable("Camps");
        b.Property(c => c.Name).HasMaxLength(Camp.MaxNameLength).IsRequired();
        b.Property(c => c.Address).HasMaxLength(Camp.MaxAddressLength).IsRequired();
        b.HasOne<Municipality>().WithMany().HasForeignKey(c => c.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => c.MunicipalityId);
    }
}
