using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Data.Configurations;

internal sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> b)
    {
        b.Property(s => s.FullName).HasMaxLength(500).IsRequired();
        b.Property(s => s.ShortName).HasMaxLength(200).IsRequired();
        b.Property(s => s.Inn).HasConversion(ValueConverters.Inn).HasMaxLength(12).IsRequired();
        b.Property(s => s.Ogrn).HasConversion(ValueConverters.Ogrn).HasMaxLength(15).IsRequired();
        b.Property(s => s.Address).HasConversion(ValueConverters.Address).HasMaxLength(500).IsRequired();
        b.Property(s => s.HeadName).HasMaxLength(200).IsRequired();
        b.Property(s => s.Phone).HasConversion(ValueConverters.Phone).HasMaxLength(20);
        b.Property(s => s.Email).HasConversion(ValueConverters.Email).HasMaxLength(254);
        b.HasOne(s => s.Municipality).WithMany().HasForeignKey(s => s.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => s.Inn).IsUnique();
    }
}
