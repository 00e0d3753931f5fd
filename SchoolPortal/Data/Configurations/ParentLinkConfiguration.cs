using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Parents;

namespace SchoolPortal.Data.Configurations;

internal sealed class ParentLinkConfiguration : IEntityTypeConfiguration<ParentLink>
{
    public void Configure(EntityTypeBuilder<ParentLink> b)
    {
        b.HasOne(l => l.Parent).WithMany().HasForeignKey(l => l.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(l => new { l.PupilId, l.ParentId }).IsUnique();
        b.HasIndex(l => l.ParentId);
        b.Ignore(l => l.RelationName);
    }
}
