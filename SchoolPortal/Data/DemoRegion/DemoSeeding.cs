using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Data.DemoRegion;

public static class DemoSeeding
{
    /// <summary>
    /// On start: when the demo is enabled and the database is empty, fills it with the demo region laid around the portal
    /// clock's today (the region's date, or <c>Clock:Today</c> when pinned). The region keeps that day: on a later day
    /// delete the database to have the demo made around the new today.
    /// </summary>
    public static async Task SeedIfEmptyAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var options = services.GetRequiredService<DemoOptions>();
        if (!options.Enabled)
            return;
        var factory = services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        // System scope: the demo region is seeded into an empty database on start, with no user.
        await using var db = factory.CreateDbContext().UseScope(AccessScope.System, AuditActor.System);
        if (!await DemoRegionGenerator.IsEmptyAsync(db, ct))
            return;
        var today = CardCalendar.Today(services.GetRequiredService<TimeProvider>());
        var result = new DemoRegionGenerator(DemoSize.Demo, today).Generate(db);
        // The production calendar of the admission deadlines, in a context of its own (the generator's bulk session is done).
        await using (var calendar = factory.CreateDbContext().UseScope(AccessScope.System, AuditActor.System))
            await CalendarSeeding.SeedIfEmptyAsync(calendar, ct);
        services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoSeeding).FullName!)
            .LogInformation("Демо-регион на {Today} записан в пустую базу: {Rows} строк за {Seconds:0.0} с.",
                CardCalendar.Format(today), result.TotalRows, result.Elapsed.TotalSeconds);
    }
}
