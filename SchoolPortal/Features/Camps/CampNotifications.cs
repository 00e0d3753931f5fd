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

    public static string Text(CampApplication a, IReadOnlyDictionary<int, string> shifts)
    {
        var child = a.ChildName.Full;
        var shift = a.ShiftId is { } id && shifts.TryGetValue(id, out var title) ? title : "смена";
        return a.Status switch
        {
            CampApplicationStatus.Submitted => $"Заявление {a.Number} на путевку для ребенка {child} принято.",
            CampApplicationStatus.Reserve =>
                $"Заявление {a.Number} ({child}) в резерве: свободных мест в выбранных сменах нет. Когда место освободится, оно будет предложено по очереди.",
            CampApplicationStatus.Granted =>
                $"Ребенку {child} предоставлено место: {shift}. Оплатите {CampNumbers.Money(a.AmountDue ?? 0)} до {a.PaymentDeadline:dd.MM.yyyy} по квитанции в разделе «Летний отдых» (путевка № {a.VoucherNumber}).",
            CampApplicationStatus.Paid => $"Оплата путевки № {a.VoucherNumber} ({child}) получена: {CampNumbers.Money(a.PaidAmount ?? 0)}.",
            CampApplicationStatus.VoucherIssued => $"Путевка № {a.VoucherNumber} выдана: {child}, {shift}. Распечатайте ее в разделе «Летний отдых».",
            CampApplicationStatus.WithdrawnByApplicant => $"Заявление {a.Number} ({child}) отозвано по вашему отказу.",
            CampApplicationStatus.CancelledUnpaid =>
                $"Место для ребенка {child} ({shift}) аннулировано: оплата не поступила до {a.PaymentDeadline:dd.MM.yyyy}. Место передано следующему в резерве.",
            CampApplicationStatus.Rejected => $"Заявление {a.Number} ({child}) отклонено: {a.RejectionReason}.",
            _ => $"Заявление {a.Number}: {a.StatusName}.",
        };
    }
}
