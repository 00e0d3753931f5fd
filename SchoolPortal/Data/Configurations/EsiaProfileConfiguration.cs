using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Esia;

namespace SchoolPortal.Data.Configurations;

internal sealed class EsiaProfileConfiguration : IEntityTypeConfiguration<EsiaProfile>
{
    public void Configure(EntityTypeBuilder<EsiaProfile> b)
    {
        b.ToTable("EsiaProfiles");
        b.HasKey(p => p.Oid);
        b.Property(p => p.Oid).HasMaxLength(50);
        b.Property(p => p.PersonJson).IsRequired();
        b.Property(p => p.DocsJson).IsRequired();
        b.Property(p => p.KidsJson).IsRequired();
    }
}
