using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Features.Journal;

namespace SchoolPortal.Benchmarks.JournalCircuits;

/// <summary>
/// Picks the teachers who type, straight from the database before the portal starts: teacher accounts that can sign in
/// with the demo password (not disabled, not locked, no forced password change) and teach lessons, up to the portal's
/// today, in a study period that contains it and is not closed, each with the journal (class, subject, whole class) where
/// they gave the most lessons. Distinct teachers first, spread over the schools; when the demo has fewer teachers than
/// journals asked for, a teacher opens a second journal of theirs (another circuit of the same account); no journal twice,
/// so no two circuits type into the same cells.
/// </summary>
public static class DemoTeachers
{
    public const string Password = "demo";

    public static async Task<IReadOnlyList<TeacherDesk>> PickAsync(string databasePath, DateOnly today, int count)
    {
        await using var db = BenchmarkDatabase.Open(databasePath);
        var openPeriods = db.StudyPeriods.Where(p => !p.IsClosed && p.StartsOn <= today && today <= p.EndsOn).Select(p => p.Id);
        var rows = await (
                from a in db.UserAccounts
                where a.EmployeeId != null && a.Roles.HasFlag(Role.Teacher) && !a.MustChangePassword && !a.IsDisabled && a.LockedUntil == null
                join l in db.Lessons on a.EmployeeId equals l.TeacherId
                where l.Group == null && l.Date <= today && openPeriods.Contains(l.StudyPeriodId)
                group l by new { a.Id, a.Login, l.ClassId, l.SubjectId, l.StudyPeriodId } into g
                select new { g.Key.Id, g.Key.Login, g.Key.ClassId, g.Key.SubjectId, g.Key.StudyPeriodId, Lessons = g.Count() })
            .AsNoTracking()
            .ToListAsync();
        var desks = rows
            .GroupBy(r => r.Id)
            .OrderBy(a => a.Key)
            .Select(a => a.OrderByDescending(r => r.Lessons).ThenBy(r => r.ClassId).ThenBy(r => r.SubjectId)
                .Select(r => (Journal: (r.ClassId, r.SubjectId, r.StudyPeriodId),
                    Desk: new TeacherDesk(r.Login, "/" + JournalLinks.Sheet(r.ClassId, r.SubjectId, r.StudyPeriodId), r.Lessons)))
                .ToList())
            .ToList();
        return Choose(desks, count);
    }

    /// <summary>
    /// <paramref name="count"/> desks: round by round (each teacher's best journal, then each one's second …), in a round
    /// teachers evenly spaced over the list (ordered by account: the generator writes accounts school by school), a journal
    /// already taken by another account (two accounts of one employee) skipped.
    /// </summary>
    public static IReadOnlyList<TeacherDesk> Choose<TJournal>(IReadOnlyList<List<(TJournal Journal, TeacherDesk Desk)>> byTeacher, int count)
        where TJournal : notnull
    {
        var taken = new HashSet<TJournal>();
        var picked = new List<TeacherDesk>();
        for (var round = 0; picked.Count < count; round++)
        {
            var candidates = byTeacher.Where(t => t.Count > round).Select(t => t[round]).Where(c => !taken.Contains(c.Journal)).ToList();
            if (candidates.Count == 0 && byTeacher.All(t => t.Count <= round))
                break;
            var wanted = Math.Min(count - picked.Count, candidates.Count);
            foreach (var candidate in Enumerable.Range(0, wanted).Select(i => candidates[(int)((long)i * candidates.Count / wanted)]))
                if (taken.Add(candidate.Journal))
                    picked.Add(candidate.Desk);
        }
        return picked;
    }
}
