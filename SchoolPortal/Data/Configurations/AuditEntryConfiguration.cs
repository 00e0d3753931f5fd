using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Audit;

namespace SchoolPortal.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditLog");
        b.Property(a => a.ActorLogin).HasMaxLength(64).IsRequired();
        b.Property(a => a.EntityType).HasMaxLength(50).IsRequired();
        // The field changes are read with their entry, never queried one by one: one JSON column.
        b.Property<List<AuditChange>>("_changes")
            .HasColumnName("Changes")
            .HasConversion(
                v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
                s => JsonSerializer.Deserialize<List<AuditChange>>(s, JsonSerializerOptions.Default) ?? new List<AuditChange>(),
                new ValueComparer<List<AuditChange>>((x, y) => x!.SequenceEqual(y!), v => v.Count, v => v.ToList()))
            .IsRequired();
        b.Ignore(a => a.Changes);
        b.HasIndex(a => new { a.EntityType, a.EntityId });
        b.HasIndex(a => new { a.SchoolId, a.At });
    }
}
