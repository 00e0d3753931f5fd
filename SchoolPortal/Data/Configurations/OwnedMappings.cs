using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SchoolPortal.Domain.People;

namespace SchoolPortal.Data.Configurations;

/// <summary>The column layout of the value objects that span several columns, shared by the entities that own them.</summary>
internal static class OwnedMappings
{
    public static void MapName<T>(this OwnedNavigationBuilder<T, PersonName> name) where T : class
    {
        name.Property(n => n.Surname).HasColumnName("Surname").HasMaxLength(60).IsRequired();
        name.Property(n => n.FirstName).HasColumnName("FirstName").HasMaxLength(60).IsRequired();
        name.Property(n => n.Patronymic).HasColumnName("Patronymic").HasMaxLength(60);
        name.HasIndex(n => n.Surname);
    }

    public static void MapDocument<T>(this OwnedNavigationBuilder<T, IdentityDocument> doc, string prefix) where T : class
    {
        doc.Property(d => d.Kind).HasColumnName(prefix + "Kind");
        doc.Property(d => d.Series).HasColumnName(prefix + "Series").HasMaxLength(20);
        doc.Property(d => d.Number).HasColumnName(prefix + "Number").HasMaxLength(30).IsRequired();
        doc.Property(d => d.IssuedOn).HasColumnName(prefix + "IssuedOn");
        doc.Property(d => d.IssuedBy).HasColumnName(prefix + "IssuedBy").HasMaxLength(300);
        doc.HasIndex(d => d.Number);
    }
}
