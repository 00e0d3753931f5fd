namespace SchoolPortal.Domain.Camps;

/// <summary>The Russian names of camp kinds, categories, channels and statuses, as parents and operators see them.</summary>
public static class CampNames
{
    public static string Kind(CampKind kind) => kind switch
    {
        CampKind.Country => "загородный",
        CampKind.SchoolDay => "с дневным пребыванием при школе",
        CampKind.Specialized => "профильный",
        _ => kind.ToString(),
    };

    public static string Priority(CampPriority priority) => priority switch
    {
        CampPriority.Extraordinary => "внеочередное (дети погибших участников СВО)",
        CampPriority.First => "первоочередное (дети военнослужащих и добровольцев, 281-ФЗ)",
        CampPriority.General => "на общих основаниях",
        _ => priority.ToString(),
    };

    public static string Channel(CampChannel channel) => channel switch
    {
        CampChannel.Portal => "портал",
        CampChannel.Epgu => "ЕПГУ",
        CampChannel.OnBehalf => "по обращению в школу или орган управления",
        _ => channel.ToString(),
    };

    public static string Status(CampApplicationStatus status) => status switch
    {
        CampApplicationStatus.Submitted => "Подано",
        CampApplicationStatus.Reserve => "В резерве",
        CampApplicationStatus.Granted => "Место предоставлено — ожидает оплаты",
        CampApplicationStatus.Paid => "Оплачено",
        CampApplicationStatus.VoucherIssued => "Путевка выдана",
        CampApplicationStatus.WithdrawnByApplicant => "Отказ заявителя",
        CampApplicationStatus.CancelledUnpaid => "Аннулировано: не оплачено в срок",
        CampApplicationStatus.Rejected => "Отклонено",
        _ => status.ToString(),
    };
}
