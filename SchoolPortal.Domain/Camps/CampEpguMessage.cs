using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Enrollment;

namespace SchoolPortal.Domain.Camps;

/// <summary>
/// One status message about a camp application filed on Gosuslugi (service 600173), waiting in (or already sent from) the
/// EPGU outbox: the order id, the EPGU status code and the comment the parent reads on Gosuslugi. Written in the same
/// transaction as the status change it reports. A refusal at the intake (the family is not found in the region's records)
/// has no application: nothing was filed.
/// </summary>
/// <remarks>
/// Not <see cref="EpguStatusMessage"/>: that one belongs to an enrollment application and its school; a camp application
/// belongs to a child's school and a camp's district, and a refusal at the intake to no application at all.
/// </remarks>
public sealed class CampEpguMessage
{
    public const int MaxCommentLength = 2000;

    public long Id { get; private set; }

    /// <summary>The application the message reports; null for a refusal at the intake.</summary>
    public int? ApplicationId { get; private set; }

    public long EpguOrderId { get; private set; }

    /// <summary>The application's status the message reports (the portal's own, beside EPGU's code).</summary>
    public CampApplicationStatus Status { get; private set; }

    public int Code { get; private set; }
    public string Comment { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }

    private CampEpguMessage()
    {
    }

    private CampEpguMessage(int? applicationId, long epguOrderId, CampApplicationStatus status, string comment, DateTimeOffset createdAt)
    {
        ApplicationId = applicationId;
        EpguOrderId = epguOrderId;
        Status = status;
        Code = CodeOf(status);
        Comment = comment.Length > MaxCommentLength ? comment[..(MaxCommentLength - 1)] + "…" : comment;
        CreatedAt = createdAt;
    }

    /// <summary>
    /// The message for the application's current status, or null when it did not come from EPGU. The comment is
    /// <paramref name="text"/> (what the family reads in «Летний отдых»); a granted place adds the receipt from
    /// <paramref name="season"/>: Gosuslugi's status message carries the receipt too.
    /// </summary>
    public static CampEpguMessage? For(CampApplication application, string text, CampSeason? season, DateTimeOffset at)
    {
        if (application.Channel != CampChannel.Epgu || application.EpguOrderId is not { } orderId)
            return null;
        if (application.Id == 0)
            throw new DomainException("Заявление еще не сохранено: сообщение на ЕПГУ не может на него сослаться.", "applicationId");
        var comment = application.Status == CampApplicationStatus.Granted ? $"{text} {Receipt(application, season)}" : text;
        return new CampEpguMessage(application.Id, orderId, application.Status, comment, at);
    }

    /// <summary>The answer to an application the portal did not file: «Отказано» with the reason, which tells the parent what to do.</summary>
    public static CampEpguMessage Refusal(long epguOrderId, string reason, DateTimeOffset at)
    {
        if (epguOrderId <= 0)
            throw new DomainException("Номер заявления на ЕПГУ должен быть положительным.", "epguOrderId");
        var clean = Validation.Required(reason, "Причина отказа", MaxCommentLength - 100, "reason");
        return new CampEpguMessage(null, epguOrderId, CampApplicationStatus.Rejected, $"Отказано в приеме заявления на путевку: {clean}", at);
    }

    /// <summary>
    /// The EPGU status code of each status (the codes of <see cref="EpguStatusCodes"/>): filed «получено» 2; reserve, a granted
    /// place and its payment are still «принято к рассмотрению» 6 (the comment says which); the voucher «услуга оказана» 3;
    /// the applicant's withdrawal «отменено» 10; a cancelled unpaid place and a rejection «отказано» 4.
    /// </summary>
    public static int CodeOf(CampApplicationStatus status) => status switch
    {
        CampApplicationStatus.Submitted => EpguStatusCodes.Received,
        CampApplicationStatus.Reserve or CampApplicationStatus.Granted or CampApplicationStatus.Paid => EpguStatusCodes.UnderReview,
        CampApplicationStatus.VoucherIssued => EpguStatusCodes.ServiceRendered,
        CampApplicationStatus.WithdrawnByApplicant => EpguStatusCodes.Cancelled,
        CampApplicationStatus.CancelledUnpaid or CampApplicationStatus.Rejected => EpguStatusCodes.Refused,
        _ => throw new DomainException("Неизвестный статус заявления на путевку.", "status"),
    };

    /// <summary>The receipt of a granted place in one line: payee, amount, purpose with the voucher number, the last day to pay.</summary>
    public static string Receipt(CampApplication application, CampSeason? season)
    {
        var amount = CampNumbers.Money(application.AmountDue ?? 0);
        var due = $"оплатить до {application.PaymentDeadline:dd.MM.yyyy} включительно";
        if (season is null || season.PayeeName.Length == 0)
            return $"Квитанция: сумма {amount}, назначение платежа «Путевка № {application.VoucherNumber}», {due}; реквизиты получателя — в разделе «Летний отдых» портала.";
        return $"Квитанция: получатель {season.PayeeName}, ИНН {season.PayeeInn}, счет {season.PayeeAccount}, банк {season.PayeeBank}, БИК {season.PayeeBik}; " +
            $"сумма {amount}; назначение платежа «Путевка № {application.VoucherNumber}»; {due} (срок — {season.PaymentWorkingDays} раб. дн.).";
    }

    public bool IsSent => SentAt is not null;

    /// <summary>The outbox handed the message over; a second hand-over keeps the first time.</summary>
    public void MarkSent(DateTimeOffset at)
    {
        if (at < CreatedAt)
            throw new DomainException("Время отправки раньше времени создания сообщения.", "sentAt");
        SentAt ??= at;
    }
}
