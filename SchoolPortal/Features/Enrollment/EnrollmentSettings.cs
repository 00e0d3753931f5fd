using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Features.Enrollment;

/// <summary>
/// The campaign of a year (the region operator's row, or the defaults of Order 458 when none is saved) and the production
/// calendar (the database copy, seeded from the decrees on first use).
/// </summary>
public sealed class EnrollmentSettings(IDbContextFactory<PortalDbContext> factory)
{
    public static async Task<AdmissionCampaign> CampaignAsync(PortalDbContext db, int year, CancellationToken ct = default) =>
        await db.AdmissionCampaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Year == year, ct) ?? AdmissionCampaign.Default(year);

    public async Task<ProductionCalendar> CalendarAsync(PortalDbContext db, CancellationToken ct = default)
    {
        var days = await db.CalendarDays.AsNoTracking().ToListAsync(ct);
        if (days.Count > 0)
            return ProductionCalendar.FromDays(days);
        // System scope: the region's calendar is written once, on first use, by whichever user needs it first.
        await using (var system = factory.CreateDbContext().UseScope(AccessScope.System, AuditActor.System))
            await CalendarSeeding.SeedIfEmptyAsync(system, ct);
        return ProductionCalendar.FromDays(await db.CalendarDays.AsNoTracking().ToListAsync(ct));
    }
}
