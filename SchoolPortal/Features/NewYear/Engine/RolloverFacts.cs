using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.NewYear;
using SchoolPortal.Domain.Pupils;

namespace SchoolPortal.Features.NewYear.Engine;

/// <summary>What the proposals and the movement check read about one school, as projections (no tracked pupils).</summary>
internal static class RolloverFacts
{
    /// <summary>This year's enrolled pupils (with their class and its grade) and the pupils admitted from the new year.</summary>
    public static async Task<List<MovePupil>> PupilsAsync(PortalDbContext db, int schoolId, int fromYearId, CancellationToken ct)
    {
        var rows = await db.Pupils.AsNoTracking()
            .Where(p => p.SchoolId == schoolId && (p.Status == PupilStatus.Enrolled || p.Status == PupilStatus.Admitted))
            .Select(p => new
            {
                p.Id,
                p.Status,
                p.CurrentClassId,
                Class = db.Classes.Where(c => c.Id == p.CurrentClassId && c.AcademicYearId == fromYearId).Select(c => (int?)c.Grade).FirstOrDefault(),
                Since = p.Memberships.Where(m => m.To == null).Select(m => (DateOnly?)m.From).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return rows.Select(r => new MovePupil(r.Id, r.Status, r.Class is null ? null : r.CurrentClassId, r.Class, r.Since)).ToList();
    }

    public static Task<List<MoveDecision>> MovesAsync(PortalDbContext db, int planId, CancellationToken ct) =>
        db.PupilMoves.AsNoTracking().Where(m => m.PlanId == planId)
            .Select(m => new MoveDecision(m.PupilId, m.Kind, m.TargetClassId, m.LeavesOn, m.OrderNumber))
            .ToListAsync(ct);

    public static Task<Dictionary<int, int>> ClassGradesAsync(PortalDbContext db, int yearId, CancellationToken ct) =>
        db.Classes.AsNoTracking().Where(c => c.AcademicYearId == yearId).ToDictionaryAsync(c => c.Id, c => c.Grade, ct);

    public static Task<Dictionary<int, string>> ClassNamesAsync(PortalDbContext db, int schoolId, CancellationToken ct) =>
        db.Classes.AsNoTracking().Where(c => c.SchoolId == schoolId)
            .Select(c => new { c.Id, c.Grade, c.Letter })
            .ToDictionaryAsync(c => c.Id, c => $"{c.Grade}{c.Letter}", ct);
}
