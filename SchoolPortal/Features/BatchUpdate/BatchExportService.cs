using Microsoft.EntityFrameworkCore;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Pupils;
using SchoolPortal.Features.Reports;
using SchoolPortal.Features.Parents;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.BatchUpdate;

/// <summary>
/// «1. Выгрузка данных»: the pupils of the list's current filter with their parents, as the workbook the update
/// reads back. Only a school administrator exports (the keys are their school's).
/// </summary>
public sealed class BatchExportService(PortalDb portalDb, RecordKeys keys, TimeProvider clock)
{
    /// <summary>How many pupils the filter gives, so the page can choose inline or a long operation.</summary>
    public async Task<int> CountAsync(PupilFilter filter, CancellationToken ct = default)
    {
        var user = await portalDb.UserAsync();
        if (BatchUpdateService.SchoolOf(user) is not { } schoolId)
            return 0;
        await using var db = await portalDb.OpenAsync();
        return await PupilListQuery.Filtered(db, filter with { SchoolId = schoolId }).CountAsync(ct);
    }

    public async Task<ReportFile> ExportAsync(BatchExportRequest request, Func<int, int, Task>? progress = null, CancellationToken ct = default)
    {
        var user = await portalDb.UserAsync();
        if (BatchUpdateService.SchoolOf(user) is not { } schoolId)
            throw new Domain.Common.DomainException("Выгрузка для пакетного обновления доступна только администратору школы.");
        await using var db = await portalDb.OpenAsync();
        var pupils = await PupilListQuery.Filtered(db, request.Filter with { SchoolId = schoolId })
            .Include(p => p.ParentLinks).ThenInclude(l => l.Parent)
            .AsSplitQuery()
            .OrderBy(p => p.Name.Surname).ThenBy(p => p.Name.FirstName).ThenBy(p => p.Name.Patronymic).ThenBy(p => p.Id)
            .ToListAsync(ct);
        var classes = await db.Classes.Where(c => c.SchoolId == schoolId).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var rows = pupils.Select(p => new BatchExportRow(p, p.CurrentClassId is { } c ? classes.GetValueOrDefault(c) : null,
            p.ParentLinks.Where(l => l.Parent is { IsMerged: false }).OrderBy(l => l.Relation).ThenBy(l => l.Id).ToList())).ToList();
        var pupilFields = Chosen(BatchFields.Pupil, request.PupilFields);
        var parentFields = Chosen(BatchFields.Parent, request.ParentFields);
        var bytes = BatchWorkbookWriter.Write(rows, keys, pupilFields, parentFields,
            progress is null ? null : done => progress(done, rows.Count));
        return new ReportFile(ReportFile.SafeName($"Ученики {CardCalendar.Format(CardCalendar.Today(clock))}.xlsx"), bytes);
    }

    /// <summary>The chosen fields in the workbook's order, the key always first; null or empty is the full list.</summary>
    private static IReadOnlyList<BatchField> Chosen(IReadOnlyList<BatchField> all, IReadOnlyList<string>? ids) =>
        ids is null || ids.Count == 0 ? all : all.Where(f => f.IsKey || f.Id == BatchFields.Relation || ids.Contains(f.Id)).ToList();
}
