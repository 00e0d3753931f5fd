using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Domain.Staff;

namespace SchoolPortal.Data.Configurations;

internal sealed class UserAccountConfiguration : IEntityTypeConfiguration<UserAccount>
{
    public void Configure(EntityTypeBuilder<UserAccount> b)
    {
        b.ToTable("UserAccounts");
        b.Property(a => a.Login).HasMaxLength(64).IsRequired();
        b.Property(a => a.PasswordHash).HasMaxLength(200).IsRequired();
        b.Property(a => a.DisplayName).HasMaxLength(200).IsRequired();
        b.Property(a => a.EsiaOid).HasMaxLength(50);
        b.Property(a => a.SecurityStamp).HasMaxLength(32).IsRequired();
        b.HasOne<School>().WithMany().HasForeignKey(a => a.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Municipality>().WithMany().HasForeignKey(a => a.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Pupil>().WithMany().HasForeignKey(a => a.PupilId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Parent>().WithMany().HasForeignKey(a => a.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Employee>().WithMany().HasForeignKey(a => a.EmployeeId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => a.Login).IsUnique();
        b.HasIndex(a => a.EsiaOid).IsUnique();
        b.HasIndex(a => a.PupilId);
        b.HasIndex(a => a.ParentId);
        b.HasIndex(a => a.EmployeeId);
    }
}
