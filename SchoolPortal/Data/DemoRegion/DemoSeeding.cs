using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Features.Access;

namespace SchoolPortal.Data.DemoRegion;

public static class DemoSeeding
{
    /// <summary>On start: when the demo is enabled and the database is empty, fills it with the demo region.</summary>
    public static async Task SeedIfEmptyAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var options = services.GetRequiredService<DemoOptions>();
        if (!options.Enabled)
            return;
        var factory = services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using var db = factory.CreateDbContext().UseScope(AccessScope.System, AuditActor.System);
        if (!await DemoRegionGenerator.IsEmptyAsync(db, ct))
            return;
        var result = new DemoRegionGenerator(DemoSize.Demo).Generate(db);
        services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoSeeding).FullName!)
            .LogInformation("Демо-регион записан в пустую базу: {Rows} строк за {Seconds:0.0} с.", result.TotalRows, result.Elapsed.TotalSeconds);
    }
}
