using Microsoft.EntityFrameworkCore;
using SchoolPortal.Features.Access;

namespace SchoolPortal.Data;

public static class DatabaseStartup
{
    /// <summary>Creates or upgrades the database to the latest migration of its provider.</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var factory = services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using var db = factory.CreateDbContext().UseScope(AccessScope.System, Auditing.AuditActor.System);
        await db.Database.MigrateAsync(ct);
    }
}
