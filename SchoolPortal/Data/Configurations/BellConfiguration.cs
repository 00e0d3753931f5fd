using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Schedule;
using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Data.Configurations;

internal sealed class BellConfiguration : IEntityTypeConfiguration<Bell>
{
    public void Configure(EntityTypeBuilder<Bell> b)
    {
        b.HasOne<School>().WithMany().HasForeignKey(x => x.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.SchoolId, x.Number }).IsUnique();
        b.Ignore(x => x.Text);
    }
}
