using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Pupils;

namespace SchoolPortal.Features.Parents;

/// <summary>
/// Applies <see cref="ParentAccountControl"/> to the database: where each child of a parent studies today, across the region
/// (the user's scope must not hide the children of other schools, or every school would look like the only one).
/// </summary>
public static class ParentControl
{
    public const string Refusal =
        "У родителя есть дети в других школах: учетной записью, кодами привязки и Госуслугами управляет школа, где учатся все его дети, или оператор.";

    public static async Task<bool> ControlsAsync(PortalDbContext db, PortalUser user, int parentId, DateOnly today, CancellationToken ct) =>
        ParentAccountControl.Controls(user.Roles, user.SchoolId, user.MunicipalityId, await PlacementsAsync(db, parentId, today, ct));

    /// <summary>
    /// Each child's school from the class memberships that cover <paramref name="today"/>; a child in no class today (admitted
    /// for next year, left) counts in the school of its record, so it still keeps other schools out.
    /// </summary>
    public static async Task<IReadOnlyList<ChildPlacement>> PlacementsAsync(PortalDbContext db, int parentId, DateOnly today, CancellationToken ct)
    {
        var children = await db.ParentLinks.IgnoreQueryFilters().Where(l => l.ParentId == parentId)
            .Join(db.Pupils.IgnoreQueryFilters(), l => l.PupilId, p => p.Id, (l, p) => new { p.Id, p.SchoolId })
            .Distinct().ToListAsync(ct);
        var ids = children.Select(c => c.Id).ToList();
        var current = await db.ClassMemberships.IgnoreQueryFilters()
            .Where(m => ids.Contains(m.PupilId) && m.From <= today && (m.To == null || m.To >= today))
            .Join(db.Classes.IgnoreQueryFilters(), m => m.SchoolClassId, c => c.Id, (m, c) => new { m.PupilId, c.SchoolId })
            .ToListAsync(ct);
        var pairs = children
            .SelectMany(c => current.Any(m => m.PupilId == c.Id)
                ? current.Where(m => m.PupilId == c.Id).Select(m => (c.Id, m.SchoolId))
                : [(c.Id, c.SchoolId)])
            .Distinct().ToList();
        var schoolIds = pairs.Select(p => p.SchoolId).Distinct().ToList();
        var districts = await db.Schools.IgnoreQueryFilters().Where(s => schoolIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.MunicipalityId, ct);
        return pairs.Select(p => new ChildPlacement(p.Id, p.SchoolId, districts.GetValueOrDefault(p.SchoolId))).ToList();
    }
}
