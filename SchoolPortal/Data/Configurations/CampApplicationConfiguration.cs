using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Camps;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Data.Configurations;

internal sealed class CampApplicationConfiguration : IEntityTypeConfiguration<CampApplication>
{
    public void Configure(EntityTypeBuilder<CampApplication> b)
    {
        b.ToTable("CampApplications");
        // Two operators acting on the same application at once: the second save finds the status changed and is refused.
        b.Property(a => a.Status).IsConcurrencyToken();
        b.OwnsOne(a => a.ChildName, n =>
        {
            n.Property(x => x.Surname).HasColumnName("ChildSurname").HasMaxLength(60).IsRequired();
            n.Property(x => x.FirstName).HasColumnName("ChildFirstName").HasMaxLength(60).IsRequired();
            n.Property(x => x.Patronymic).HasColumnName("ChildPatronymic").HasMaxLength(60);
        });
        b.Navigation(a => a.ChildName).IsRequired();
        b.OwnsOne(a => a.ApplicantName, n =>
        {
            n.Property(x => x.Surname).HasColumnName("ApplicantSurname").HasMaxLength(60).IsRequired();
            n.Property(x => x.FirstName).HasColumnName("ApplicantFirstName").HasMaxLength(60).IsRequired();
            n.Property(x => x.Patronymic).HasColumnName("ApplicantPatronymic").HasMaxLength(60);
        });
        b.Navigation(a => a.ApplicantName).IsRequired();
        b.Property(a => a.PriorityDocument).HasMaxLength(CampApplication.MaxTextLength);
        b.Property(a => a.AmountDue).HasPrecision(12, 2);
        b.Property(a => a.PaidAmount).HasPrecision(12, 2);
        b.Property(a => a.VoucherNumber).HasMaxLength(20);
        b.Property(a => a.PaymentReference).HasMaxLength(CampApplication.MaxTextLength);
        b.Property(a => a.RejectionReason).HasMaxLength(CampApplication.MaxTextLength);
        b.Ignore(a => a.Number);
        b.Ignore(a => a.Choices);
        b.Ignore(a => a.HoldsPlace);
        b.Ignore(a => a.IsWaiting);
        b.Ignore(a => a.IsActive);
        b.Ignore(a => a.StatusName);
        b.HasOne<Pupil>().WithMany().HasForeignKey(a => a.PupilId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Parent>().WithMany().HasForeignKey(a => a.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<School>().WithMany().HasForeignKey(a => a.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Municipality>().WithMany().HasForeignKey(a => a.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CampShift>().WithMany().HasForeignKey(a => a.Choice1ShiftId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CampShift>().WithMany().HasForeignKey(a => a.Choice2ShiftId).OnDelete(DeleteBehavior.NoAction);
        b.HasOne<CampShift>().WithMany().HasForeignKey(a => a.Choice3ShiftId).OnDelete(DeleteBehavior.NoAction);
        b.HasOne<CampShift>().WithMany().HasForeignKey(a => a.ShiftId).OnDelete(DeleteBehavior.NoAction);
        b.HasMany(a => a.History).WithOne().HasForeignKey(h => h.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(a => a.History).HasField("_history");

        b.HasIndex(a => a.EpguOrderId).IsUnique();
        b.HasIndex(a => a.VoucherNumber).IsUnique();
        // The allocator reads the waiting applications of a season in queue order; families read their children's.
        b.HasIndex(a => new { a.Year, a.Status, a.Priority, a.FiledAt });
        b.HasIndex(a => a.PupilId);
        b.HasIndex(a => a.ParentId);
        b.HasIndex(a => new { a.ShiftId, a.Status });
        b.HasIndex(a => a.SchoolId);
        b.HasIndex(a => a.MunicipalityId);
    }
}
