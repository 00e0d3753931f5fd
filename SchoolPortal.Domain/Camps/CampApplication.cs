using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.People;

namespace SchoolPortal.Domain.Camps;

/// <summary>
/// A parent's application for a child's summer camp voucher: up to three shifts in order of preference, a priority
/// category, and the way from «Подано» through a place and its payment to «Путевка выдана». Places are given by
/// <see cref="CampQueue"/>; every status change is kept in <see cref="History"/>.
/// </summary>
public sealed class CampApplication : IAudited
{
    public const int MaxChoices = 3;
    public const int MaxTextLength = 300;
    public const string System = "Портал";

    private readonly List<CampStatusChange> _history = [];

    public int Id { get; private set; }
    public int Year { get; private set; }
    public CampChannel Channel { get; private set; }
    public long? EpguOrderId { get; private set; }
    public int PupilId { get; private set; }

    /// <summary>The child's school when the application was filed: the school sees the application.</summary>
    public int SchoolId { get; private set; }

    /// <summary>The district of the first chosen camp: its municipal operator sees the application.</summary>
    public int MunicipalityId { get; private set; }

    public int ParentId { get; private set; }
    public PersonName ChildName { get; private set; } = null!;
    public DateOnly ChildBirthDate { get; private set; }
    public PersonName ApplicantName { get; private set; } = null!;

    /// <summary>When the portal accepted the application, to the millisecond: with the category, its place in the queue.</summary>
    public DateTimeOffset FiledAt { get; private set; }

    public CampPriority Priority { get; private set; }

    /// <summary>The document that gives the category («Справка военкомата № 12 от 03.03.2027»).</summary>
    public string? PriorityDocument { get; private set; }

    public int Choice1ShiftId { get; private set; }
    public int? Choice2ShiftId { get; private set; }
    public int? Choice3ShiftId { get; private set; }

    public CampApplicationStatus Status { get; private set; } = CampApplicationStatus.Submitted;

    /// <summary>The shift whose place the application holds or held.</summary>
    public int? ShiftId { get; private set; }

    public DateTimeOffset? GrantedAt { get; private set; }

    /// <summary>The last day to pay: the grant's day plus the season's working days by the production calendar.</summary>
    public DateOnly? PaymentDeadline { get; private set; }

    public decimal? AmountDue { get; private set; }
    public string? VoucherNumber { get; private set; }
    public decimal? PaidAmount { get; private set; }
    public DateOnly? PaidOn { get; private set; }

    /// <summary>The bank's reference of the payment, or «внесено оператором …» for a payment recorded by hand.</summary>
    public string? PaymentReference { get; private set; }

    public DateTimeOffset? VoucherIssuedAt { get; private set; }
    public string? RejectionReason { get; private set; }
    public IReadOnlyList<CampStatusChange> History => _history;

    private CampApplication()
    {
    }

    public CampApplication(int year, CampChannel channel, int pupilId, int schoolId, int municipalityId, int parentId, PersonName childName,
        DateOnly childBirthDate, PersonName applicantName, DateTimeOffset filedAt, CampPriority priority, string? priorityDocument,
        IReadOnlyList<int> choices, string by, long? epguOrderId = null)
    {
        if (!Enum.IsDefined(channel))
            throw new DomainException("Неизвестный способ подачи заявления.", "channel");
        if (channel == CampChannel.Epgu && epguOrderId is not > 0)
            throw new DomainException("Для заявления с ЕПГУ укажите номер заявления на ЕПГУ.", "epguOrderId");
        if (!Enum.IsDefined(priority))
            throw new DomainException("Выберите категорию: внеочередное, первоочередное или на общих основаниях.", "priority");
        var document = Validation.Optional(priorityDocument, "Документ, подтверждающий право", MaxTextLength, "priorityDocument");
        if (priority != CampPriority.General && document is null)
            throw new DomainException("Для внеочередного или первоочередного права укажите подтверждающий документ.", "priorityDocument");
        if (choices.Count is < 1 or > MaxChoices)
            throw new DomainException($"Выберите от одной до {MaxChoices} смен в порядке предпочтения.", "choices");
        if (choices.Distinct().Count() != choices.Count)
            throw new DomainException("Одна и та же смена выбрана дважды.", "choices");
        Year = year;
        Channel = channel;
        EpguOrderId = epguOrderId;
        PupilId = pupilId;
        SchoolId = schoolId;
        MunicipalityId = municipalityId;
        ParentId = parentId;
        ChildName = childName;
        ChildBirthDate = childBirthDate;
        ApplicantName = applicantName;
        FiledAt = filedAt;
        Priority = priority;
        PriorityDocument = priority == CampPriority.General ? null : document;
        Choice1ShiftId = choices[0];
        Choice2ShiftId = choices.Count > 1 ? choices[1] : null;
        Choice3ShiftId = choices.Count > 2 ? choices[2] : null;
        _history.Add(new CampStatusChange(Id, CampApplicationStatus.Submitted, filedAt, by, null));
    }

    /// <summary>«ЛО-2027-000123»: the region's number, made from the year and the record's id.</summary>
    public string Number => CampNumbers.Application(Year, Id);

    public IReadOnlyList<int> Choices =>
        new[] { (int?)Choice1ShiftId, Choice2ShiftId, Choice3ShiftId }.Where(c => c is not null).Select(c => c!.Value).ToList();

    /// <summary>Holds a place of <see cref="ShiftId"/>: granted, paid or voucher issued.</summary>
    public bool HoldsPlace => Status is CampApplicationStatus.Granted or CampApplicationStatus.Paid or CampApplicationStatus.VoucherIssued;

    /// <summary>Waits for a place: just filed, or in the reserve of its shifts.</summary>
    public bool IsWaiting => Status is CampApplicationStatus.Submitted or CampApplicationStatus.Reserve;

    public bool IsActive => HoldsPlace || IsWaiting;

    public string StatusName => CampNames.Status(Status);

    public void Grant(CampShift shift, DateTimeOffset at, DateOnly paymentDeadline, string by)
    {
        if (!IsWaiting)
            throw new DomainException($"Место предоставляется только ожидающему заявлению, а это — «{StatusName}».", "status");
        if (!Choices.Contains(shift.Id))
            throw new DomainException("Место предоставляется только в выбранной заявителем смене.", "shift");
        if (Id == 0)
            throw new DomainException("Заявление еще не сохранено: номер путевки дать нельзя.", "id");
        ShiftId = shift.Id;
        GrantedAt = at;
        PaymentDeadline = paymentDeadline;
        AmountDue = shift.ParentShare;
        VoucherNumber = CampNumbers.Voucher(Year, Id);
        Move(CampApplicationStatus.Granted, at, by, $"{shift.Title}; оплатить {CampNumbers.Money(shift.ParentShare)} до {paymentDeadline:dd.MM.yyyy}");
    }

    public void Reserve(DateTimeOffset at, string by)
    {
        if (Status != CampApplicationStatus.Submitted)
            throw new DomainException($"В резерв ставится только поданное заявление, а это — «{StatusName}».", "status");
        Move(CampApplicationStatus.Reserve, at, by, "свободных мест в выбранных сменах нет");
    }

    public void RecordPayment(decimal amount, DateOnly paidOn, string reference, DateTimeOffset at, string by)
    {
        if (Status != CampApplicationStatus.Granted)
            throw new DomainException($"Оплата принимается только за предоставленное место, а заявление — «{StatusName}».", "status");
        if (amount != AmountDue)
            throw new DomainException($"Оплачено {CampNumbers.Money(amount)}, а к оплате {CampNumbers.Money(AmountDue ?? 0)}.", "amount");
        if (paidOn < DateOnly.FromDateTime(GrantedAt!.Value.Date))
            throw new DomainException("Дата оплаты раньше, чем место было предоставлено.", "paidOn");
        PaidAmount = amount;
        PaidOn = paidOn;
        PaymentReference = Validation.Required(reference, "Реквизиты платежа", MaxTextLength, "reference");
        Move(CampApplicationStatus.Paid, at, by, $"оплачено {CampNumbers.Money(amount)} {paidOn:dd.MM.yyyy}");
    }

    public void IssueVoucher(DateTimeOffset at, string by)
    {
        if (Status != CampApplicationStatus.Paid)
            throw new DomainException($"Путевка выдается после оплаты, а заявление — «{StatusName}».", "status");
        VoucherIssuedAt = at;
        Move(CampApplicationStatus.VoucherIssued, at, by, $"путевка № {VoucherNumber}");
    }

    /// <returns>Whether a place was given back (the shift's next in reserve may get it).</returns>
    public bool Withdraw(DateTimeOffset at, string by, string? comment)
    {
        if (!IsActive)
            throw new DomainException($"Заявление уже закрыто: «{StatusName}».", "status");
        var held = HoldsPlace;
        Move(CampApplicationStatus.WithdrawnByApplicant, at, by, Validation.Optional(comment, "Комментарий", MaxTextLength, "comment"));
        return held;
    }

    /// <summary>Whether the place is unpaid past its deadline on <paramref name="today"/> (the day after the deadline).</summary>
    public bool IsOverdue(DateOnly today) => Status == CampApplicationStatus.Granted && PaymentDeadline is { } last && today > last;

    public void CancelUnpaid(DateOnly today, DateTimeOffset at)
    {
        if (!IsOverdue(today))
            throw new DomainException("Срок оплаты еще не прошел или место уже оплачено.", "status");
        Move(CampApplicationStatus.CancelledUnpaid, at, System, $"не оплачено до {PaymentDeadline:dd.MM.yyyy}");
    }

    /// <returns>Whether a place was given back.</returns>
    public bool Reject(string? reason, DateTimeOffset at, string by)
    {
        if (Status is not (CampApplicationStatus.Submitted or CampApplicationStatus.Reserve or CampApplicationStatus.Granted))
            throw new DomainException($"Отклонить можно поданное, резервное или еще не оплаченное заявление, а это — «{StatusName}».", "status");
        var clean = Validation.Required(reason, "Причина отказа", MaxTextLength, "reason");
        var held = HoldsPlace;
        RejectionReason = clean;
        Move(CampApplicationStatus.Rejected, at, by, clean);
        return held;
    }

    private void Move(CampApplicationStatus status, DateTimeOffset at, string by, string? comment)
    {
        Status = status;
        _history.Add(new CampStatusChange(Id, status, at, by, comment));
    }
}
