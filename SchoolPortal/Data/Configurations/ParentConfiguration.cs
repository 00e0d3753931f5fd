using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Parents;

namespace SchoolPortal.Data.Configurations;

internal sealed class ParentConfiguration : IEntityTypeConfiguration<Parent>
{
    public void Configure(EntityTypeBuilder<Parent> b)
    {
        b.OwnsOne(p => p.Name, n => n.MapName());
        b.Navigation(p => p.Name).IsRequired();
        b.OwnsOne(p => p.Document, d => d.MapDocument("Document"));
        b.Property(p => p.Snils).HasConversion(ValueConverters.Snils).HasMaxLength(11);
        b.Property(p => p.RegistrationAddress).HasConversion(ValueConverters.Address).HasMaxLength(500);
        b.Property(p => p.StayAddress).HasConversion(ValueConverters.Address).HasMaxLength(500);
        b.Property(p => p.Phone).HasConversion(ValueConverters.Phone).HasMaxLength(20);
        b.Property(p => p.Email).HasConversion(ValueConverters.Email).HasMaxLength(254);
        b.Property(p => p.Citizenship).HasMaxLength(100);
        b.HasIndex(p => p.Snils);
        b.HasIndex(p => p.BirthDate);
        b.HasIndex(p => p.MergedIntoId);
        b.Ignore(p => p.IsMerged);
        b.Ignore(p => p.IsDeleted);
    }
}
