using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Reports;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.Readiness;

/// <summary>
/// Готовность к Госуслугам: per school the children with the four conditions each; per district and region the counts
/// per school; the diagnosis of one child; the Excel export. Everything is read through the user's scope (a school
/// administrator sees their school, a municipal operator their district, a region operator every school).
/// The conditions need each child's parents and their stored ESIA answers, which SQL cannot judge (name rules, document
/// formats, JSON), so they are evaluated in memory one school at a time: a district or the region is streamed school by
/// school and never held in memory at once.
/// </summary>
public sealed class ReadinessService(PortalDb portalDb, TimeProvider clock)
{
    private static readonly StringComparer Russian = StringComparer.Create(CardCalendar.Russian, ignoreCase: true);

    /// <summary>Whether the user chooses among schools (operators) rather than working in one (school administrator).</summary>
    public async Task<bool> SpansSchoolsAsync() => ReadinessAccess.SpansSchools(ReadinessAccess.Ensure(await portalDb.UserAsync()));

    /// <summary>The schools the user may check, by district and name; <paramref name="municipalityId"/> narrows to one district.</summary>
    public async Task<IReadOnlyList<ReadinessSchool>> SchoolsAsync(int? municipalityId = null, CancellationToken ct = default)
    {
        ReadinessAccess.Ensure(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        return await Schools(db, municipalityId, null).ToListAsync(ct);
    }

    /// <summary>
    /// The counts of each school in the user's scope (or of one district), one school at a time as each is checked, so
    /// a page can show progress and the memory holds one school's children at most.
    /// </summary>
    public async IAsyncEnumerable<SchoolReadiness> CountAsync(int? municipalityId = null, [EnumeratorCancellation] CancellationToken ct = default)
    {
        ReadinessAccess.Ensure(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var schools = await Schools(db, municipalityId, null).ToListAsync(ct);
        foreach (var school in schools)
        {
            var inputs = await ReadinessLoader.LoadAsync(db, ReadinessLoader.Enrolled(db).Where(p => p.SchoolId == school.SchoolId), ct);
            var counts = ReadinessCounts.Of(inputs.Select(i => i.Check()));
            yield return new SchoolReadiness(school.SchoolId, school.SchoolName, school.MunicipalityId, school.Municipality, counts);
        }
    }

    /// <summary>
    /// The children of one school who study now, with the four conditions each. <paramref name="schoolId"/> null means the
    /// user's own school; null is returned when the school is not visible to the user (or an operator chose none).
    /// </summary>
    public async Task<SchoolReadinessList?> SchoolAsync(int? schoolId = null, CancellationToken ct = default)
    {
        var user = ReadinessAccess.Ensure(await portalDb.UserAsync());
        schoolId ??= user.SchoolId;
        if (schoolId is null)
            return null;
        await using var db = await portalDb.OpenAsync();
        var school = await Schools(db, null, schoolId).SingleOrDefaultAsync(ct);
        if (school is null)
            return null;
        var inputs = await ReadinessLoader.LoadAsync(db, ReadinessLoader.Enrolled(db).Where(p => p.SchoolId == schoolId), ct);
        var classes = await ClassesAsync(db, db.Classes.Where(c => c.SchoolId == schoolId
            && db.Pupils.Any(p => p.CurrentClassId == c.Id && p.Status == PupilStatus.Enrolled)), ct);
        var pupils = Rows(inputs, classes);
        return new SchoolReadinessList(school, classes, pupils, CardCalendar.Today(clock));
    }

    /// <summary>One child's diagnosis, whatever their status; null when the pupil is not visible to the user.</summary>
    public async Task<ChildDiagnosis?> DiagnoseAsync(int pupilId, CancellationToken ct = default)
    {
        ReadinessAccess.Ensure(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        return (await DiagnoseAsync(db, db.Pupils.Where(p => p.Id == pupilId), ct)).SingleOrDefault();
    }

    /// <summary>The diagnoses of a set of pupils, ordered by name (used by the support look-up too).</summary>
    internal static async Task<IReadOnlyList<ChildDiagnosis>> DiagnoseAsync(PortalDbContext db, IQueryable<Pupil> pupils, CancellationToken ct)
    {
        var inputs = await ReadinessLoader.LoadAsync(db, pupils, ct);
        if (inputs.Count == 0)
            return [];
        var classes = await ClassesAsync(db, db.Classes.Where(c => pupils.Any(p => p.CurrentClassId == c.Id)), ct);
        var schools = await db.Schools.AsNoTracking().Where(s => pupils.Any(p => p.SchoolId == s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.ShortName, ct);
        var byId = inputs.ToDictionary(i => i.Child.Id);
        return Rows(inputs, classes)
            .Select(row => new ChildDiagnosis(row, schools.GetValueOrDefault(row.SchoolId, ""), byId[row.PupilId].GosuslugiReceivedAt,
                StatusNote(row.Status)))
            .ToList();
    }

    public async Task<ReportFile> ExportSchoolAsync(SchoolReadinessList list, IReadOnlyList<PupilReadiness> shown, string filter)
    {
        ReadinessAccess.Ensure(await portalDb.UserAsync());
        var name = ReportFile.SafeName($"Готовность к Госуслугам — {list.School.SchoolName} — {CardCalendar.Format(list.MadeOn)}.xlsx");
        return new ReportFile(name, ReadinessWorkbook.School(list, shown, filter));
    }

    public async Task<ReportFile> ExportSchoolsAsync(IReadOnlyList<SchoolReadiness> schools, string scope)
    {
        ReadinessAccess.Ensure(await portalDb.UserAsync());
        var today = CardCalendar.Today(clock);
        var name = ReportFile.SafeName($"Готовность к Госуслугам — {scope} — {CardCalendar.Format(today)}.xlsx");
        return new ReportFile(name, ReadinessWorkbook.Schools(schools, scope, today));
    }

    private static IQueryable<ReadinessSchool> Schools(PortalDbContext db, int? municipalityId, int? schoolId) =>
        db.Schools.AsNoTracking()
            .Where(s => (municipalityId == null || s.MunicipalityId == municipalityId) && (schoolId == null || s.Id == schoolId))
            .OrderBy(s => s.Municipality!.Name).ThenBy(s => s.ShortName)
            .Select(s => new ReadinessSchool(s.Id, s.ShortName, s.MunicipalityId, s.Municipality!.Name));

    private static async Task<IReadOnlyList<ReadinessClass>> ClassesAsync(PortalDbContext db, IQueryable<Domain.Schools.SchoolClass> classes,
        CancellationToken ct) =>
        (await classes.AsNoTracking().Select(c => new { c.Id, c.Grade, c.Letter }).ToListAsync(ct))
            .OrderBy(c => c.Grade).ThenBy(c => c.Letter, StringComparer.Ordinal)
            .Select(c => new ReadinessClass(c.Id, $"{c.Grade}{c.Letter}"))
            .ToList();

    /// <summary>Rows in class order, then by name; pupils without a class last.</summary>
    private static List<PupilReadiness> Rows(IEnumerable<ReadinessInput> inputs, IReadOnlyList<ReadinessClass> classes)
    {
        var order = classes.Select((c, i) => (c.Id, i)).ToDictionary(c => c.Id, c => c.i);
        var names = classes.ToDictionary(c => c.Id, c => c.Name);
        return inputs
            .Select(i => new PupilReadiness(i.Child.Id, i.SchoolId, i.Child.Name.Full, i.Child.BirthDate!.Value, i.ClassId,
                i.ClassId is { } id ? names.GetValueOrDefault(id) : null, i.Status, i.Check()))
            .OrderBy(p => p.ClassId is { } id && order.TryGetValue(id, out var index) ? index : int.MaxValue)
            .ThenBy(p => p.FullName, Russian)
            .ToList();
    }

    private static string? StatusNote(PupilStatus status) => status switch
    {
        PupilStatus.Withdrawn => "Ученик выбыл из школы: портфолио на Госуслугах публикуется только для обучающихся.",
        PupilStatus.Graduated => "Ученик выпущен: портфолио на Госуслугах публикуется только для обучающихся.",
        _ => null,
    };
}
