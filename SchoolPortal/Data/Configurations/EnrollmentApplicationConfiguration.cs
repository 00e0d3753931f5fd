using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Data.Configurations;

internal sealed class EnrollmentApplicationConfiguration : IEntityTypeConfiguration<EnrollmentApplication>
{
    public void Configure(EntityTypeBuilder<EnrollmentApplication> b)
    {
        b.ToTable("EnrollmentApplications");
        b.Property(a => a.Number).HasMaxLength(EnrollmentApplication.MaxNumberLength).IsRequired();
        // Two users moving the same application at once: the second save finds the status changed and is refused.
        b.Property(a => a.Status).IsConcurrencyToken();
        b.Property(a => a.TenthGradeProfile).HasMaxLength(EnrollmentApplication.MaxTextLength);
        b.OwnsOne(a => a.ChildName, n =>
        {
            n.Property(x => x.Surname).HasColumnName("ChildSurname").HasMaxLength(60).IsRequired();
            n.Property(x => x.FirstName).HasColumnName("ChildFirstName").HasMaxLength(60).IsRequired();
            n.Property(x => x.Patronymic).HasColumnName("ChildPatronymic").HasMaxLength(60);
            n.HasIndex(x => x.Surname);
        });
        b.Navigation(a => a.ChildName).IsRequired();
        b.OwnsOne(a => a.ApplicantName, n =>
        {
            n.Property(x => x.Surname).HasColumnName("ApplicantSurname").HasMaxLength(60).IsRequired();
            n.Property(x => x.FirstName).HasColumnName("ApplicantFirstName").HasMaxLength(60).IsRequired();
            n.Property(x => x.Patronymic).HasColumnName("ApplicantPatronymic").HasMaxLength(60);
        });
        b.Navigation(a => a.ApplicantName).IsRequired();
        // The birth certificate finds a repeated application and the child's card in the region (support names it too).
        b.OwnsOne(a => a.ChildDocument, d => d.MapDocument("ChildDocument"));
        b.Property(a => a.ChildSnils).HasConversion(ValueConverters.Snils).HasMaxLength(11);
        b.Property(a => a.ChildBirthActNumber).HasMaxLength(30);
        b.Property(a => a.ResidenceAddress).HasConversion(ValueConverters.Address).HasMaxLength(500);
        b.Property(a => a.RegistrationAddress).HasConversion(ValueConverters.Address).HasMaxLength(500);
        b.Property(a => a.ApplicantDocument).HasMaxLength(EnrollmentApplication.MaxTextLength);
        b.Property(a => a.ApplicantPhone).HasConversion(ValueConverters.Phone).HasMaxLength(20);
        b.Property(a => a.ApplicantEmail).HasConversion(ValueConverters.Email).HasMaxLength(254);
        b.Property(a => a.ApplicantRelation).HasMaxLength(EnrollmentApplication.MaxTextLength);
        b.Property(a => a.RightDocument).HasMaxLength(EnrollmentApplication.MaxTextLength);
        b.Property(a => a.SiblingName).HasMaxLength(EnrollmentApplication.MaxTextLength);
        b.Property(a => a.MatchedTerritoryLine).HasMaxLength(500);
        b.Property(a => a.Language).HasMaxLength(EnrollmentApplication.MaxTextLength).IsRequired();
        b.Property(a => a.FounderPermissionDocument).HasMaxLength(EnrollmentApplication.MaxTextLength);
        b.Ignore(a => a.IsActive);
        b.Ignore(a => a.IsFirstStageEligible);
        b.Ignore(a => a.EpguStatus);
        b.HasOne<School>().WithMany().HasForeignKey(a => a.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Pupil>().WithMany().HasForeignKey(a => a.PupilId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<EnrollmentApplication>().WithMany().HasForeignKey(a => a.DuplicateOfId).OnDelete(DeleteBehavior.NoAction);
        b.HasMany(a => a.History).WithOne().HasForeignKey(h => h.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(a => a.History).HasField("_history");

        // The region's number and the EPGU order id name one application each (intake is idempotent by the order id;
        // SQL Server filters NULLs out of a unique index on a nullable column, SQLite never counts them as equal).
        b.HasIndex(a => a.Number).IsUnique();
        b.HasIndex(a => a.EpguOrderId).IsUnique();
        // The school's list filters by status and kind; the campaign monitoring counts by year.
        b.HasIndex(a => new { a.SchoolId, a.Status });
        b.HasIndex(a => new { a.SchoolId, a.Year, a.Kind });
        b.HasIndex(a => a.ChildBirthDate);
        b.HasIndex(a => a.ChildSnils);
        b.HasIndex(a => a.PupilId);
    }
}
