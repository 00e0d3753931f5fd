using Microsoft.EntityFrameworkCore;

namespace SchoolPortal.Data.DemoRegion;

/// <summary>
/// The demo's leavers: in every other school (school 2 among them) two pupils, one of grade 4 and one of grade 7, left the
/// school two weeks before today («выбыл», order of the school), so «Список выпускников и выбывших» of another school finds
/// them and the pupil list's «выбывшие» is not empty. Their journal ends on the day they left. Pupils and parents that carry
/// a planted problem are never chosen: the data-quality checks keep finding exactly what was planted.
/// </summary>
internal sealed class DemoLeaversWriter(PortalDbContext db, DateOnly today, PlantedProblems problems)
{
    public const int Grade4 = 4;
    public const int Grade7 = 7;

    public void Write()
    {
        var planted = problems.ByKind.Values.SelectMany(p => p.Ids.Select(id => (p.Table, id))).ToHashSet();
        var schools = db.Schools.AsNoTracking().Where(s => s.Id % 2 == 0).OrderBy(s => s.Id).Select(s => s.Id).ToList();
        foreach (var schoolId in schools)
        {
            foreach (var grade in new[] { Grade4, Grade7 })
            {
                var candidates = db.Pupils.AsNoTracking()
                    .Where(p => p.SchoolId == schoolId && db.Classes.Any(c => c.Id == p.CurrentClassId && c.Grade == grade))
                    .OrderByDescending(p => p.Id)
                    .Select(p => new { p.Id, Parents = p.ParentLinks.Select(l => l.ParentId).ToList() })
                    .Take(20)
                    .ToList();
                var chosen = candidates.FirstOrDefault(c => !planted.Contains(("Pupils", c.Id)) && c.Parents.Count > 0
                    && c.Parents.All(parent => !planted.Contains(("Parents", parent))));
                if (chosen is null)
                    continue;
                var pupil = db.Pupils.Include(p => p.Memberships).Single(p => p.Id == chosen.Id);
                var from = pupil.Memberships.Single(m => m.IsOpen).From;
                var on = today.AddDays(-14) < from ? from : today.AddDays(-14);
                pupil.Withdraw(on, $"Приказ № {100 + schoolId}-у от {on:dd.MM.yyyy}");
                db.SaveChanges();
                db.JournalCells.Where(c => c.PupilId == pupil.Id && db.Lessons.Any(l => l.Id == c.LessonId && l.Date > on)).ExecuteDelete();
                db.ChangeTracker.Clear();
            }
        }
    }
}
