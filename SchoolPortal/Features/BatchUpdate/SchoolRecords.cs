using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Features.BatchUpdate;

/// <summary>
/// A school's records as a plan reads them, without tracking: the current year's classes, every class name, the pupils with
/// their parent links, and the parents of those pupils (one object per parent, shared by siblings). The school is stated in
/// every query, not left to the context's scope: the update runs in the system scope.
/// </summary>
internal sealed record SchoolRecords(List<SchoolClass> Classes, Dictionary<int, string> ClassNames, Dictionary<int, Pupil> Pupils,
    Dictionary<int, Parent> Parents)
{
    public static async Task<SchoolRecords> LoadAsync(BatchContexts contexts, int schoolId, CancellationToken ct)
    {
        // Materialising thousands of pupils and parents is most of the read: with independent contexts the three run at once.
        var classes = ReadAsync(contexts, db => ClassesAsync(db, schoolId, ct));
        if (!contexts.Independent)
            await classes;
        var pupils = ReadAsync(contexts, db => db.Pupils.IgnoreQueryFilters().AsNoTracking().Where(p => p.SchoolId == schoolId)
            .Include(p => p.ParentLinks).ToDictionaryAsync(p => p.Id, ct));
        if (!contexts.Independent)
            await pupils;
        var parents = ReadAsync(contexts, db => db.Parents.IgnoreQueryFilters().AsNoTracking()
            .Where(p => db.ParentLinks.IgnoreQueryFilters().Any(l => l.ParentId == p.Id
                && db.Pupils.IgnoreQueryFilters().Any(x => x.Id == l.PupilId && x.SchoolId == schoolId)))
            .ToDictionaryAsync(p => p.Id, ct));
        var (current, names) = await classes;
        return new SchoolRecords(current, names, await pupils, await parents);
    }

    private static async Task<(List<SchoolClass>, Dictionary<int, string>)> ClassesAsync(Data.PortalDbContext db, int schoolId, CancellationToken ct)
    {
        var current = await db.Classes.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.SchoolId == schoolId && db.AcademicYears.IgnoreQueryFilters().Any(y => y.Id == c.AcademicYearId && y.Status == AcademicYearStatus.Current))
            .ToListAsync(ct);
        var names = await db.Classes.IgnoreQueryFilters().Where(c => c.SchoolId == schoolId).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        return (current, names);
    }

    /// <summary>Runs a read on a context of its own (on another thread when the contexts are independent).</summary>
    private static Task<T> ReadAsync<T>(BatchContexts contexts, Func<Data.PortalDbContext, Task<T>> read)
    {
        async Task<T> Run()
        {
            await using var db = await contexts.Open();
            return await read(db);
        }
        return contexts.Independent ? Task.Run(Run) : Run();
    }
}
