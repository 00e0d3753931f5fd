namespace SchoolPortal.Domain.Camps;

/// <summary>
/// What the family reads about a status change of its camp application: one text per status, the same whether the portal
/// wrote the notice or the demo generator did.
/// </summary>
public static class CampNoticeTexts
{
    /// <param name="shifts">Shift titles by id: «Лагерь «Солнечный»», 1 смена, 01.06–21.06.2027.</param>
    public static string For(CampApplication a, IReadOnlyDictionary<int, string> shifts)
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
