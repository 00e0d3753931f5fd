using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Operations;

namespace SchoolPortal.Data.Configurations;

internal sealed class LongOperationConfiguration : IEntityTypeConfiguration<LongOperation>
{
    public void Configure(EntityTypeBuilder<LongOperation> b)
    {
        b.ToTable("LongOperations");
        b.HasKey(o => o.Id);
        b.Property(o => o.Id).ValueGeneratedNever();
        b.Property(o => o.Kind).HasMaxLength(64).IsRequired();
        b.Property(o => o.RequestedByLogin).HasMaxLength(100).IsRequired();
        b.Property(o => o.Stage).HasMaxLength(LongOperation.MaxStageLength);
        b.Property(o => o.Error).HasMaxLength(LongOperation.MaxErrorLength);
        b.Property(o => o.InputName).HasMaxLength(260);
        b.Property(o => o.ResultName).HasMaxLength(260);
        b.Property(o => o.Instance).HasMaxLength(LongOperation.MaxInstanceLength);
        b.Ignore(o => o.IsFinished);
        b.HasIndex(o => new { o.SchoolId, o.Kind, o.RequestedAt });
        // The recovery sweep looks for unfinished operations every half minute.
        b.HasIndex(o => o.State);
    }
}
