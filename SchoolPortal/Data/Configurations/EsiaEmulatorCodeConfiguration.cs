using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.Esia;

namespace SchoolPortal.Data.Configurations;

internal sealed class EsiaEmulatorCodeConfiguration : IEntityTypeConfiguration<EsiaEmulatorCode>
{
    public void Configure(EntityTypeBuilder<EsiaEmulatorCode> b)
    {
        b.ToTable("EsiaEmulatorCodes");
        b.HasKey(c => c.CodeHash);
        b.Property(c => c.CodeHash).HasMaxLength(64);
        b.Property(c => c.Oid).HasMaxLength(32);
        b.Property(c => c.ClientId).HasMaxLength(100);
        b.Property(c => c.RedirectUri).HasMaxLength(2000);
        b.Property(c => c.Scope).HasMaxLength(1000);
        b.Property(c => c.Nonce).HasMaxLength(200);
        b.HasIndex(c => c.ExpiresAt);
    }
}
