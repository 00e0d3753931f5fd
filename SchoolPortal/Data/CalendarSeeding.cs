using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Enrollment;

namespace SchoolPortal.Data;

/// <summary>
/// The production calendar's editable copy starts as the government decrees of 2024–2027
/// (<see cref="RussianCalendarDefaults"/>): written when the table is empty, by the demo seeding and on first use.
/// </summary>
public static class CalendarSeeding
{
    /// <param name="db">A context with an unrestricted scope: the calendar is the region's.</param>
    /// <returns>The days written; 0 when the table already held the region's copy.</returns>
    public static async Task<int> SeedIfEmptyAsync(PortalDbContext db, CancellationToken ct = default)
    {
        if (await db.CalendarDays.AnyAsync(ct))
            return 0;
        var days = RussianCalendarDefaults.CreateDays();
        db.CalendarDays.AddRange(days);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another node seeded it at the same moment (unique date): its copy stands.
            db.ChangeTracker.Clear();
            return 0;
        }
        return days.Count;
    }
}
