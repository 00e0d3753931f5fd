using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Journal;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Schedule;

namespace SchoolPortal.Data.Configurations;

internal sealed class JournalCellConfiguration : IEntityTypeConfiguration<JournalCell>
{
    public void Configure(EntityTypeBuilder<JournalCell> b)
    {
        b.ToTable("JournalCells");
        b.Property(c => c.Marks).HasConversion(ValueConverters.Marks).HasMaxLength(200).IsRequired();
        b.Property(c => c.ChangedBy).HasMaxLength(64).IsRequired();
        // Two teachers saving the same cell: the UPDATE carries the version it read, so the slower one changes nothing and is told.
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasOne<Lesson>().WithMany().HasForeignKey(c => c.LessonId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Pupil>().WithMany().HasForeignKey(c => c.PupilId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.LessonId, c.PupilId }).IsUnique();
        b.HasIndex(c => c.PupilId);
        b.Ignore(c => c.Content);
    }
}
