using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Camps;

namespace SchoolPortal.Data.Configurations;

internal sealed class CampEpguMessageConfiguration : IEntityTypeConfiguration<CampEpguMessage>
{
    public void Configure(EntityTypeBuilder<CampEpguMessage> b)
    {
        b.ToTable("CampEpguMessages");
        b.Property(m => m.Comment).HasMaxLength(CampEpguMessage.MaxCommentLength).IsRequired();
        b.Ignore(m => m.IsSent);
        b.HasOne<CampApplication>().WithMany().HasForeignKey(m => m.ApplicationId).OnDelete(DeleteBehavior.NoAction);
        // The outbox sender takes the unsent messages in order; the intake asks whether an order was answered already.
        b.HasIndex(m => new { m.SentAt, m.Id });
        b.HasIndex(m => m.EpguOrderId);
        b.HasIndex(m => m.ApplicationId);
    }
}
