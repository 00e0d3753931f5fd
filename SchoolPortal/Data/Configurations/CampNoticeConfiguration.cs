using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Camps;
using SchoolPortal.Domain.Parents;

namespace SchoolPortal.Data.Configurations;

internal sealed class CampNoticeConfiguration : IEntityTypeConfiguration<CampNotice>
{
    public void Configure(EntityTypeBuilder<CampNotice> b)
    {
        b.ToTable("CampNotices");
        b.Property(n => n.Text).HasMaxLength(CampNotice.MaxTextLength).IsRequired();
        b.HasOne<Parent>().WithMany().HasForeignKey(n => n.ParentId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<CampApplication>().WithMany().HasForeignKey(n => n.ApplicationId).OnDelete(DeleteBehavior.NoAction);
        b.HasIndex(n => new { n.ParentId, n.At });
    }
}
