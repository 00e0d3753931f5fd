using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Schedule;
using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Data.Configurations;

internal sealed class GroupMemberConfiguration : IEntityTypeConfiguration<GroupMember>
{
    public void Configure(EntityTypeBuilder<GroupMember> b)
    {
        b.HasOne<SchoolClass>().WithMany().HasForeignKey(g => g.ClassId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Subject>().WithMany().HasForeignKey(g => g.SubjectId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Pupil>().WithMany().HasForeignKey(g => g.PupilId).OnDelete(DeleteBehavior.Restrict);
        // A pupil is in one group of a subject.
        b.HasIndex(g => new { g.ClassId, g.SubjectId, g.PupilId }).IsUnique();
    }
}
