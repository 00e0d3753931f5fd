using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Esia;

namespace SchoolPortal.Data.Configurations;

internal sealed class EsiaLoginStateConfiguration : IEntityTypeConfiguration<EsiaLoginState>
{
    public void Configure(EntityTypeBuilder<EsiaLoginState> b)
    {
        b.ToTable("EsiaLoginStates");
        b.HasKey(s => s.State);
        b.Property(s => s.State).HasMaxLength(36);
        b.Property(s => s.Payload).IsRequired();
        b.HasIndex(s => s.ExpiresAt);
    }
}
