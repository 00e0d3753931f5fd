using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.People;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.Reports;

/// <summary>Who was in which class during a range of dates, from the class history (withdrawn and transferred pupils included).</summary>
internal static class ClassStays
{
    private static readonly StringComparer Russian = StringComparer.Create(CardCalendar.Russian, ignoreCase: true);

    /// <summary>The stays that overlap [<paramref name="from"/>, <paramref name="to"/>], one per pupil and class, alphabetical.</summary>
    public static async Task<List<ClassStay>> LoadAsync(PortalDbContext db, IReadOnlyCollection<int> classIds, DateOnly from, DateOnly to,
        CancellationToken ct)
    {
        var rows = await db.ClassMemberships.AsNoTracking()
            .Where(m => classIds.Contains(m.SchoolClassId) && m.From <= to && (m.To == null || m.To >= from))
            .Join(db.Pupils, m => m.PupilId, p => p.Id, (m, p) => new { m.SchoolClassId, m.PupilId, p.Name, m.From, m.To, p.Status, p.LeftOn })
            .ToListAsync(ct);
        // A pupil who left and came back has two stays in one class: one line from the first arrival to the last leaving.
        return rows.GroupBy(r => (r.SchoolClassId, r.PupilId))
            .Select(g => new ClassStay(g.Key.SchoolClassId, g.Key.PupilId, g.First().Name, new Domain.Journal.ClassStay(g.Min(r => r.From),
                g.Any(r => r.To is null) ? null : g.Max(r => r.To)), g.First().Status, g.First().LeftOn))
            .OrderBy(s => s.Name, Alphabetical)
            .ToList();
    }

    public static IComparer<PersonName> Alphabetical { get; } = Comparer<PersonName>.Create((a, b) =>
    {
        var c = Russian.Compare(a.Surname, b.Surname);
        if (c == 0)
            c = Russian.Compare(a.FirstName, b.FirstName);
        return c != 0 ? c : Russian.Compare(a.Patronymic ?? "", b.Patronymic ?? "");
    });
}
