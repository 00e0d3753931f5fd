using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure.Uploads;

namespace SchoolPortal.Features.Enrollment;

/// <summary>
/// A school's assigned territory: the municipal operator of the school's district (or the region operator) adds and removes
/// lines, typed or imported from Excel with a preview; the school administrator reads them. Every change is audited.
/// </summary>
public sealed class TerritoryService(PortalDb portalDb, UploadParsingLimiter limiter)
{
    public async Task<IReadOnlyList<TerritoryLineRow>> ListAsync(int schoolId, CancellationToken ct = default)
    {
        EnrollmentAccess.Reader(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var lines = await db.TerritoryLines.AsNoTracking().Where(l => l.SchoolId == schoolId).ToListAsync(ct);
        return lines.OrderBy(l => l.SettlementKey).ThenBy(l => l.StreetKey).ThenBy(l => l.HouseFrom)
            .Select(l => new TerritoryLineRow(l.Id, l.SchoolId, l.Settlement, l.Street, l.Parity, l.HouseFrom, l.HouseTo, l.Houses.Description))
            .ToList();
    }

    public async Task<EnrollmentResult> AddAsync(int schoolId, string? settlement, string? street, HouseParity parity, int? houseFrom, int? houseTo,
        CancellationToken ct = default)
    {
        EnrollmentAccess.TerritoryEditor(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        if (!await db.Schools.AnyAsync(s => s.Id == schoolId, ct))
            return EnrollmentResult.Refused("Школа не найдена или не относится к вашему муниципалитету.");
        TerritoryLine line;
        try
        {
            line = new TerritoryLine(schoolId, settlement, street, HouseRange.Create(parity, houseFrom, houseTo));
        }
        catch (DomainException e)
        {
            return EnrollmentResult.Refused(e.Message, e.Field);
        }
        if (await ListedAsync(db, schoolId, line, ct))
            return EnrollmentResult.Refused($"Строка «{line.FullDescription}» уже есть в закреплённой территории школы.");
        db.TerritoryLines.Add(line);
        await db.SaveChangesAsync(ct);
        return EnrollmentResult.Done($"Добавлено: {line.FullDescription}.", line.Id);
    }

    public async Task<EnrollmentResult> RemoveAsync(int lineId, CancellationToken ct = default)
    {
        EnrollmentAccess.TerritoryEditor(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var line = await db.TerritoryLines.SingleOrDefaultAsync(l => l.Id == lineId, ct);
        if (line is null)
            return EnrollmentResult.Refused("Строка территории не найдена или относится к школе другого муниципалитета.");
        db.TerritoryLines.Remove(line);
        await db.SaveChangesAsync(ct);
        return EnrollmentResult.Done($"Удалено: {line.FullDescription}.");
    }

    /// <summary>Reads the file (bounded, at most two parsed at once on the node) and shows what would be added; writes nothing.</summary>
    public async Task<TerritoryImportPreview> PreviewImportAsync(int schoolId, byte[] file, Func<Task>? queued = null, CancellationToken ct = default)
    {
        EnrollmentAccess.TerritoryEditor(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        if (!await db.Schools.AnyAsync(s => s.Id == schoolId, ct))
            return TerritoryImportPreview.Refused(schoolId, "Школа не найдена или не относится к вашему муниципалитету.");
        var (rows, refusal) = await limiter.RunAsync(() => TerritoryWorkbook.Read(file), queued, ct);
        if (refusal is not null)
            return TerritoryImportPreview.Refused(schoolId, refusal);
        var existing = await db.TerritoryLines.AsNoTracking().Where(l => l.SchoolId == schoolId).ToListAsync(ct);
        var seen = existing.Select(Key).ToHashSet();
        var marked = rows.Select(r =>
        {
            if (r.Error is not null)
                return r;
            var key = Key(new TerritoryLine(schoolId, r.Settlement, r.Street, HouseRange.Create(r.Parity, r.HouseFrom, r.HouseTo)));
            return seen.Add(key) ? r : r with { AlreadyListed = true };
        }).ToList();
        return new TerritoryImportPreview(schoolId, marked);
    }

    /// <summary>Adds the rows of the preview without errors, in one save; each row is checked again by the domain.</summary>
    public async Task<EnrollmentResult> ConfirmImportAsync(TerritoryImportPreview preview, CancellationToken ct = default)
    {
        EnrollmentAccess.TerritoryEditor(await portalDb.UserAsync());
        if (!preview.CanConfirm)
            return EnrollmentResult.Refused(preview.Refusal ?? "В файле нет строк, которые можно добавить.");
        await using var db = await portalDb.OpenAsync();
        if (!await db.Schools.AnyAsync(s => s.Id == preview.SchoolId, ct))
            return EnrollmentResult.Refused("Школа не найдена или не относится к вашему муниципалитету.");
        var existing = await db.TerritoryLines.AsNoTracking().Where(l => l.SchoolId == preview.SchoolId).ToListAsync(ct);
        var seen = existing.Select(Key).ToHashSet();
        var added = 0;
        try
        {
            foreach (var row in preview.Rows.Where(r => r.WillBeAdded))
            {
                var line = new TerritoryLine(preview.SchoolId, row.Settlement, row.Street, HouseRange.Create(row.Parity, row.HouseFrom, row.HouseTo));
                if (!seen.Add(Key(line)))
                    continue;
                db.TerritoryLines.Add(line);
                added++;
            }
        }
        catch (DomainException e)
        {
            return EnrollmentResult.Refused(e.Message, e.Field);
        }
        await db.SaveChangesAsync(ct);
        return EnrollmentResult.Done($"Добавлено строк территории: {added}.");
    }

    private static async Task<bool> ListedAsync(PortalDbContext db, int schoolId, TerritoryLine line, CancellationToken ct) =>
        await db.TerritoryLines.AnyAsync(l => l.SchoolId == schoolId && l.SettlementKey == line.SettlementKey && l.StreetKey == line.StreetKey
            && l.Parity == line.Parity && l.HouseFrom == line.HouseFrom && l.HouseTo == line.HouseTo, ct);

    private static (string, string, HouseParity, int?, int?) Key(TerritoryLine l) => (l.SettlementKey, l.StreetKey, l.Parity, l.HouseFrom, l.HouseTo);
}
