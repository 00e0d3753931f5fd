using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Camps;

namespace SchoolPortal.Data.Configurations;

internal sealed class CampStatusChangeConfiguration : IEntityTypeConfiguration<CampStatusChange>
{
    public void Configure(EntityTypeBuilder<CampStatusChange> b)
    {
        b.ToTable("CampStatusChanges");
        b.Property(h => h.By).HasMaxLength(200).IsRequired();
        b.Property(h => h.Comment).HasMaxLength(500);
        b.HasIndex(h => new { h.ApplicationId, h.At });
    }
}
