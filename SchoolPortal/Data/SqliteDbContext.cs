using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SchoolPortal.Data;

/// <summary>The embedded database (default). Its migrations are in Data/Migrations/Sqlite.</summary>
public sealed class SqliteDbContext(DbContextOptions<SqliteDbContext> options) : PortalDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // SQLite cannot compare or sort DateTimeOffset text; store it as a sortable number.
        builder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
