using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;

namespace SchoolPortal.Features.Schedule;

/// <summary>
/// The names of one school's subjects, teachers and classes, read once per request: a school has tens of each, so the
/// schedule queries read ids and put the names on in memory instead of joining four tables for every row.
/// </summary>
internal sealed class SchoolNames
{
    private const string Unknown = "—";

    private SchoolNames(IReadOnlyDictionary<int, string> subjects, IReadOnlyDictionary<int, string> teachers,
        IReadOnlyDictionary<int, string> classes)
    {
        Subjects = subjects;
        Teachers = teachers;
        Classes = classes;
    }

    public IReadOnlyDictionary<int, string> Subjects { get; }
    /// <summary>Short names, «Иванова О. И.».</summary>
    public IReadOnlyDictionary<int, string> Teachers { get; }
    public IReadOnlyDictionary<int, string> Classes { get; }

    public string Subject(int? id) => id is { } i ? Subjects.GetValueOrDefault(i, Unknown) : "";

    public string Teacher(int? id) => id is { } i ? Teachers.GetValueOrDefault(i, Unknown) : "";

    public string Class(int id) => Classes.GetValueOrDefault(id, Unknown);

    public static async Task<SchoolNames> LoadAsync(PortalDbContext db, int schoolId, CancellationToken ct)
    {
        var subjects = await db.Subjects.AsNoTracking().Where(s => s.SchoolId == schoolId)
            .ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var teachers = (await db.Employees.AsNoTracking().Where(e => e.SchoolId == schoolId)
                .Select(e => new { e.Id, e.Name }).ToListAsync(ct))
            .ToDictionary(e => e.Id, e => e.Name.Short);
        var classes = (await db.Classes.AsNoTracking().Where(c => c.SchoolId == schoolId)
                .Select(c => new { c.Id, c.Grade, c.Letter }).ToListAsync(ct))
            .ToDictionary(c => c.Id, c => $"{c.Grade}{c.Letter}");
        return new SchoolNames(subjects, teachers, classes);
    }
}
