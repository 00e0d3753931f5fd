using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Data.Configurations;

internal sealed class ClassMembershipConfiguration : IEntityTypeConfiguration<ClassMembership>
{
    public void Configure(EntityTypeBuilder<ClassMembership> b)
    {
        b.HasOne<SchoolClass>().WithMany().HasForeignKey(m => m.SchoolClassId).OnDelete(DeleteBehavior.Restrict);
        // One stay of a pupil in a class starts on one date: the same enrolment can never be written twice.
        b.HasIndex(m => new { m.PupilId, m.SchoolClassId, m.From }).IsUnique();
        b.HasIndex(m => m.SchoolClassId);
        b.Ignore(m => m.IsOpen);
    }
}
