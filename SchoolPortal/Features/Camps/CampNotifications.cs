using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Camps;

namespace SchoolPortal.Features.Camps;

/// <summary>
/// Tells the family about every status change of its camp application, in the same transaction as the change: a
/// notice in the parent's «Летний отдых» and, for an application from EPGU, a status message to Gosuslugi. Every service
/// that moves an application calls this before saving.
/// </summary>
public static class CampNotifications
{
    public static async Task RecordAsync(PortalDbContext db, IReadOnlyCollection<CampApplication> changed, DateTimeOffset at, CancellationToken ct)
    {
        if (changed.Count == 0)
            return;
        var shiftIds = changed.SelectMany(a => a.ShiftId is { } s ? [s, .. a.Choices] : a.Choices).Distinct().ToList();
        var shifts = await db.CampShifts.AsNoTracking().Where(s => shiftIds.Contains(s.Id))
            .Join(db.Camps.AsNoTracking(), s => s.CampId, c => c.Id, (s, c) => new { Shift = s, Camp = c.Name })
            .ToDictionaryAsync(x => x.Shift.Id, x => $"«{x.Camp}», {x.Shift.Title}", ct);
        foreach (var application in changed)
            db.CampNotices.Add(new CampNotice(application.ParentId, application.Id, application.Status, at, Text(application, shifts)));
        // Applications filed on Gosuslugi (service 600173): the same change goes back to EPGU as a status message, in this
        // same transaction, so no change is reported without happening or happens unreported.
        await CampEpguOutbox.AddAsync(db, changed, shifts, at, ct);
    }

    public static string Text(CampApplication a, IReadOnlyDictionary<int, string> shifts) => CampNoticeTexts.For(a, shifts);
}
