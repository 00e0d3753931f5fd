using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.NewYear;
using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Data.Configurations;

internal sealed class ClassTransitionConfiguration : IEntityTypeConfiguration<ClassTransition>
{
    public void Configure(EntityTypeBuilder<ClassTransition> b)
    {
        b.ToTable("ClassTransitions");
        b.Ignore(t => t.Closes);
        b.HasOne<RolloverPlan>().WithMany().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<SchoolClass>().WithMany().HasForeignKey(t => t.FromClassId).OnDelete(DeleteBehavior.NoAction);
        b.HasOne<SchoolClass>().WithMany().HasForeignKey(t => t.ToClassId).OnDelete(DeleteBehavior.NoAction);
        b.HasIndex(t => new { t.PlanId, t.FromClassId }).IsUnique();
        b.HasIndex(t => t.ToClassId);
    }
}
