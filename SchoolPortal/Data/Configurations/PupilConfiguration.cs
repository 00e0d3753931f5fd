using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Data.Configurations;

internal sealed class PupilConfiguration : IEntityTypeConfiguration<Pupil>
{
    public void Configure(EntityTypeBuilder<Pupil> b)
    {
        b.OwnsOne(p => p.Name, n => n.MapName());
        b.Navigation(p => p.Name).IsRequired();
        b.OwnsOne(p => p.BirthCertificate, d => d.MapDocument("BirthCertificate"));
        b.OwnsOne(p => p.Passport, d => d.MapDocument("Passport"));
        b.Property(p => p.Snils).HasConversion(ValueConverters.Snils).HasMaxLength(11);
        b.Property(p => p.Citizenship).HasMaxLength(100).IsRequired();
        b.Property(p => p.Birthplace).HasMaxLength(300);
        b.Property(p => p.RegistrationAddress).HasConversion(ValueConverters.Address).HasMaxLength(500);
        b.Property(p => p.StayAddress).HasConversion(ValueConverters.Address).HasMaxLength(500);
        b.Property(p => p.HomePhone).HasConversion(ValueConverters.Phone).HasMaxLength(20);
        b.Property(p => p.MobilePhone).HasConversion(ValueConverters.Phone).HasMaxLength(20);
        b.Property(p => p.Email).HasConversion(ValueConverters.Email).HasMaxLength(254);
        b.Property(p => p.Comment).HasMaxLength(2000);
        b.Property(p => p.LeavingOrder).HasMaxLength(100);
        b.HasOne<School>().WithMany().HasForeignKey(p => p.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SchoolClass>().WithMany().HasForeignKey(p => p.CurrentClassId).OnDelete(DeleteBehavior.NoAction);
        b.HasMany(p => p.Memberships).WithOne().HasForeignKey(m => m.PupilId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(p => p.Memberships).HasField("_memberships");
        b.HasMany(p => p.ParentLinks).WithOne().HasForeignKey(l => l.PupilId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(p => p.ParentLinks).HasField("_parentLinks");

        // The list screen filters by school, status and class and sorts by surname; SNILS is looked up on its own.
        b.HasIndex(p => new { p.SchoolId, p.Status, p.CurrentClassId });
        b.HasIndex(p => p.CurrentClassId);
        b.HasIndex(p => p.Snils);
        b.HasIndex(p => p.BirthDate);
    }
}
