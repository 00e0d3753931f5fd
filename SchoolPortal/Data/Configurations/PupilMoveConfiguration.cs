using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.NewYear;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Data.Configurations;

internal sealed class PupilMoveConfiguration : IEntityTypeConfiguration<PupilMove>
{
    public void Configure(EntityTypeBuilder<PupilMove> b)
    {
        b.ToTable("PupilMoves");
        b.Property(m => m.OrderNumber).HasMaxLength(PupilMove.MaxOrderLength);
        b.Property(m => m.PreviousLeavingOrder).HasMaxLength(100);
        b.HasOne<RolloverPlan>().WithMany().HasForeignKey(m => m.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Pupil>().WithMany().HasForeignKey(m => m.PupilId).OnDelete(DeleteBehavior.NoAction);
        b.HasOne<SchoolClass>().WithMany().HasForeignKey(m => m.TargetClassId).OnDelete(DeleteBehavior.NoAction);
        // Every pupil ends in exactly one state per plan.
        b.HasIndex(m => new { m.PlanId, m.PupilId }).IsUnique();
        b.HasIndex(m => m.PupilId);
        b.HasIndex(m => m.TargetClassId);
    }
}
