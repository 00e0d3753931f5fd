using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.People;

namespace SchoolPortal.Domain.Enrollment;

/// <summary>
/// An application for grade 1, grade 10 or a transfer, filed on EPGU or brought to the school, with its status history.
/// Every status change goes through <see cref="ApplicationStatusGraph"/> and the rules of Order 458.
/// </summary>
public sealed class EnrollmentApplication : ISchoolScoped, IAudited
{
    public const int MaxNumberLength = 40;
    public const int MaxTextLength = 300;
    public const int MaxCommentLength = 2000;
    public const string DefaultLanguage = "русский";

    private readonly List<ApplicationStatusChange> _history = [];

    public int Id { get; private set; }

    /// <summary>The region's number of the application.</summary>
    public string Number { get; private set; } = "";

    public ApplicationChannel Channel { get; private set; }

    /// <summary>The EPGU order number, for applications filed on Gosuslugi.</summary>
    public long? EpguOrderId { get; private set; }

    /// <summary>The day the application counts as filed (local date): the campaign windows are checked against it.</summary>
    public DateOnly FiledOn { get; private set; }

    /// <summary>When EPGU registered the application.</summary>
    public DateTimeOffset? EpguFiledAt { get; private set; }
    public ApplicationKind Kind { get; private set; }
    public int SchoolId { get; private set; }

    /// <summary>The campaign year: 2027 = the 2027/2028 academic year.</summary>
    public int Year { get; private set; }

    public string? TenthGradeProfile { get; private set; }

    public PersonName ChildName { get; private set; } = null!;
    public DateOnly ChildBirthDate { get; private set; }
    public Gender ChildGender { get; private set; }
    public Snils? ChildSnils { get; private set; }

    /// <summary>The birth certificate (series, number, issue date) or a foreign document.</summary>
    public IdentityDocument? ChildDocument { get; private set; }

    /// <summary>Номер актовой записи о рождении.</summary>
    public string? ChildBirthActNumber { get; private set; }

    public Address? ResidenceAddress { get; private set; }
    public Address? RegistrationAddress { get; private set; }

    public PersonName ApplicantName { get; private set; } = null!;

    /// <summary>The applicant's identity document as text («Паспорт РФ 7512 123456»).</summary>
    public string? ApplicantDocument { get; private set; }

    public PhoneNumber? ApplicantPhone { get; private set; }
    public Email? ApplicantEmail { get; private set; }

    /// <summary>«мать», «отец», «опекун».</summary>
    public string? ApplicantRelation { get; private set; }

    public AdmissionRight Right { get; private set; }
    public string? RightDocument { get; private set; }

    /// <summary>The brother or sister who studies in the school (Order 458, point 12).</summary>
    public string? SiblingName { get; private set; }

    public bool LivesOnTerritory { get; private set; }

    /// <summary>The territory line the residence address matched, as the card shows it.</summary>
    public string? MatchedTerritoryLine { get; private set; }

    public string Language { get; private set; } = DefaultLanguage;
    public bool NeedsAdaptedProgramme { get; private set; }
    public bool FounderPermission { get; private set; }
    public string? FounderPermissionDocument { get; private set; }

    /// <summary>The campaign window the application was registered in; null until registered.</summary>
    public AdmissionStage? Stage { get; private set; }

    public int? DuplicateOfId { get; private set; }

    /// <summary>For a transfer: the child's current card; after enrolment: the card the child is enrolled with.</summary>
    public int? PupilId { get; private set; }

    public ApplicationStatus Status { get; private set; } = ApplicationStatus.New;
    public RefusalReason? RefusalReason { get; private set; }
    public IReadOnlyList<ApplicationStatusChange> History => _history;

    private EnrollmentApplication()
    {
    }

    public EnrollmentApplication(string? number, ApplicationChannel channel, ApplicationKind kind, int schoolId, int year,
        DateOnly filedOn, PersonName childName, DateOnly childBirthDate, Gender childGender, PersonName applicantName,
        string by, DateTimeOffset at, long? epguOrderId = null, DateTimeOffset? epguFiledAt = null)
    {
        if (string.IsNullOrWhiteSpace(number))
            throw new DomainException("Номер заявления не указан.", "number");
        if (number.Trim().Length > MaxNumberLength)
            throw new DomainException($"Номер заявления: не длиннее {MaxNumberLength} символов.", "number");
        if (!Enum.IsDefined(channel))
            throw new DomainException("Неизвестный способ подачи заявления.", "channel");
        if (!Enum.IsDefined(kind))
            throw new DomainException("Неизвестный вид заявления.", "kind");
        if (year is < 2000 or > 2100)
            throw new DomainException($"Учебный год {year} вне допустимого диапазона.", "year");
        if (channel == ApplicationChannel.Epgu && epguOrderId is null)
            throw new DomainException("Для заявления с ЕПГУ укажите номер заявления на ЕПГУ.", "epguOrderId");
        if (epguOrderId is <= 0)
            throw new DomainException("Номер заявления на ЕПГУ должен быть положительным числом.", "epguOrderId");
        Number = number.Trim();
        Channel = channel;
        Kind = kind;
        SchoolId = schoolId;
        Year = year;
        FiledOn = filedOn;
        EpguOrderId = epguOrderId;
        EpguFiledAt = epguFiledAt;
        ChangeChild(childName, childBirthDate, childGender, null, null, null, null, null);
        ApplicantName = applicantName;
        _history.Add(new ApplicationStatusChange(Id, ApplicationStatus.New, at, Who(by), null));
    }

    public bool IsActive => Status is not (ApplicationStatus.Refused or ApplicationStatus.Withdrawn);

    public bool IsFirstStageEligible => AdmissionRights.IsFirstStageEligible(Right, LivesOnTerritory);

    /// <summary>The status message EPGU gets for the current status.</summary>
    public EpguStatus EpguStatus => EpguStatusCodes.For(Status, RefusalReason);

    /// <summary>Another application of the same kind and year for the same child, by the child's document (the caller looks only at active ones).</summary>
    public bool IsSameChildAs(EnrollmentApplication other) =>
        !ReferenceEquals(this, other) && (Id == 0 || other.Id != Id) && other.Kind == Kind && other.Year == Year
        && ChildDocument is not null && other.ChildDocument is not null
        && ChildDocument.Kind == other.ChildDocument.Kind
        && ChildDocument.SeriesAndNumber == other.ChildDocument.SeriesAndNumber;

    // ---- data -------------------------------------------------------------------------------------------------------

    public void ChangeChild(PersonName name, DateOnly birthDate, Gender gender, Snils? snils, IdentityDocument? document,
        string? birthActNumber, Address? residence, Address? registration)
    {
        EnsureEditable();
        if (birthDate > FiledOn)
            throw new DomainException("Дата рождения ребёнка не может быть позже даты заявления.", "childBirthDate");
        if (BirthDate.AgeOn(birthDate, FiledOn) > 20)
            throw new DomainException($"Дата рождения ребёнка {birthDate:dd.MM.yyyy}: возраст больше 20 лет, проверьте год.", "childBirthDate");
        if (!Enum.IsDefined(gender))
            throw new DomainException("Укажите пол ребёнка.", "childGender");
        if (Kind == ApplicationKind.FirstGrade && document is { Kind: DocumentKind.RfPassport })
            throw new DomainException("Для 1 класса укажите свидетельство о рождении или иностранный документ ребёнка.", "childDocument");
        var act = string.IsNullOrWhiteSpace(birthActNumber) ? null : birthActNumber.Replace(" ", "");
        if (act is not null && (act.Length > 30 || !act.All(char.IsAsciiDigit)))
            throw new DomainException("Номер актовой записи: только цифры, не больше 30.", "childBirthActNumber");
        ChildName = name;
        ChildBirthDate = birthDate;
        ChildGender = gender;
        ChildSnils = snils;
        ChildDocument = document;
        ChildBirthActNumber = act;
        ResidenceAddress = residence;
        RegistrationAddress = registration;
    }

    public void ChangeApplicant(PersonName name, string? document, PhoneNumber? phone, Email? email, string? relation)
    {
        EnsureEditable();
        ApplicantName = name;
        ApplicantDocument = Text(document, "Документ заявителя", "applicantDocument");
        ApplicantPhone = phone;
        ApplicantEmail = email;
        ApplicantRelation = Text(relation, "Кем приходится ребёнку", "applicantRelation");
    }

    /// <summary>The category of Order 458 and its document; the sibling right names the brother or sister (point 12).</summary>
    public void ChangeRight(AdmissionRight right, string? document, string? siblingName)
    {
        EnsureEditable();
        if (!Enum.IsDefined(right))
            throw new DomainException("Неизвестная категория права на приём.", "right");
        var sibling = Text(siblingName, "Брат или сестра", "siblingName");
        if (right == AdmissionRight.Sibling && sibling is null)
            throw new DomainException(
                "Для преимущественного права (п. 12) укажите ФИО брата или сестры, которые учатся в этой школе.", "siblingName");
        Right = right;
        RightDocument = right == AdmissionRight.None ? null : Text(document, "Документ о праве", "rightDocument");
        SiblingName = right == AdmissionRight.Sibling ? sibling : null;
    }

    /// <summary>Sets «проживает на закрепленной территории» from the territory line that matched (null: none did).</summary>
    public void ChangeTerritory(TerritoryLine? matched)
    {
        EnsureEditable();
        LivesOnTerritory = matched is not null;
        MatchedTerritoryLine = matched?.FullDescription;
    }

    /// <summary>Matches the residence address (the registration address when there is none) against the lines.</summary>
    public TerritoryLine? MatchTerritory(AddressMatcher matcher)
    {
        var line = matcher.Find((ResidenceAddress ?? RegistrationAddress)?.Text);
        ChangeTerritory(line);
        return line;
    }

    /// <summary>
    /// The child's card already in the region: for a transfer the card at the current school, for any kind the card the
    /// duplicate guard found (a child known to the region is enrolled by moving that card, never by creating a second).
    /// </summary>
    public void LinkPupil(int? pupilId)
    {
        EnsureEditable();
        if (pupilId is <= 0)
            throw new DomainException("Неверная карточка ученика.", "pupilId");
        PupilId = pupilId;
    }

    public void ChangeEducation(string? language, bool needsAdaptedProgramme, string? tenthGradeProfile)
    {
        EnsureEditable();
        var profile = Text(tenthGradeProfile, "Профиль", "tenthGradeProfile");
        if (profile is not null && Kind != ApplicationKind.TenthGrade)
            throw new DomainException("Профиль обучения указывается только в заявлении в 10 класс.", "tenthGradeProfile");
        Language = Text(language, "Язык образования", "language") ?? DefaultLanguage;
        NeedsAdaptedProgramme = needsAdaptedProgramme;
        TenthGradeProfile = profile;
    }

    /// <summary>The founder's permission to admit a child younger than 6 years 6 months or 8 and older; its document is required.</summary>
    public void ChangeFounderPermission(bool granted, string? document)
    {
        EnsureEditable();
        var text = Text(document, "Документ учредителя", "founderPermissionDocument");
        if (granted && text is null)
            throw new DomainException("Укажите документ учредителя о разрешении на приём (номер и дату).", "founderPermissionDocument");
        FounderPermission = granted;
        FounderPermissionDocument = granted ? text : null;
    }

    // ---- statuses ---------------------------------------------------------------------------------------------------

    /// <summary>«Зарегистрировано»: the filing date must fall into a window of the campaign, which fixes the stage.</summary>
    public void Register(string by, DateTimeOffset at, AdmissionCampaign campaign, string? comment = null)
    {
        ApplicationStatusGraph.EnsureCanMove(Status, ApplicationStatus.Registered);
        EnsureCampaign(campaign);
        var decision = campaign.StageFor(Kind, FiledOn, IsFirstStageEligible);
        if (decision.Stage is not { } stage)
            throw new DomainException(decision.Refusal!, "filedOn");
        Stage = stage;
        Move(ApplicationStatus.Registered, by, at, comment);
    }

    public void TakeForReview(string by, DateTimeOffset at, string? comment = null) =>
        Move(ApplicationStatus.UnderReview, by, at, comment);

    /// <summary>«Приглашение в ОО»: the comment tells the parent when to come and what to bring.</summary>
    public void Invite(string by, DateTimeOffset at, string? comment = null) => Move(ApplicationStatus.Invited, by, at, comment);

    /// <summary>
    /// «Направлен в ООО». Order 458, point 17 and the briefing: a first-stage grade-1 application may not be directed
    /// before the first stage is over (from 1 July by default).
    /// </summary>
    public void Direct(string by, DateTimeOffset at, DateOnly today, AdmissionCampaign campaign, string? comment = null)
    {
        ApplicationStatusGraph.EnsureCanMove(Status, ApplicationStatus.Directed);
        EnsureCampaign(campaign);
        if (Kind == ApplicationKind.FirstGrade && Stage == AdmissionStage.FirstStage && !campaign.MayDirectFirstStage(today))
            throw new DomainException(
                $"До {campaign.DirectingAllowedFrom.AddDays(-1):dd.MM.yyyy} включительно заявления первого этапа нельзя переводить в статус «Направлен в ООО» " +
                $"(п. 17 Порядка приема, Приказ Минпросвещения России № 458): это можно сделать с {campaign.DirectingAllowedFrom:dd.MM.yyyy}.",
                "status");
        Move(ApplicationStatus.Directed, by, at, comment);
    }

    /// <summary>«Зачислен» with the pupil card the child is enrolled with; the age rule needs the founder's permission.</summary>
    public void Enroll(int pupilId, string by, DateTimeOffset at, AdmissionCampaign campaign, string? comment = null)
    {
        ApplicationStatusGraph.EnsureCanMove(Status, ApplicationStatus.Enrolled);
        EnsureCampaign(campaign);
        if (Kind == ApplicationKind.FirstGrade && !FounderPermission
            && AdmissionAge.FounderPermissionReason(ChildBirthDate, campaign.Year) is { } reason)
            throw new DomainException(reason + " Зачисление без разрешения учредителя невозможно.", "founderPermission");
        if (pupilId <= 0)
            throw new DomainException("Не указана карточка ученика, с которой зачисляется ребёнок.", "pupilId");
        PupilId = pupilId;
        Move(ApplicationStatus.Enrolled, by, at, comment);
    }

    /// <summary>«Требует исправления»: the comment says what to fix and is required.</summary>
    public void RequestCorrection(string by, DateTimeOffset at, string? comment)
    {
        if (string.IsNullOrWhiteSpace(comment))
            throw new DomainException("Напишите, что нужно исправить в заявлении: заявитель увидит этот комментарий.", "comment");
        Move(ApplicationStatus.NeedsCorrection, by, at, comment);
    }

    /// <summary>«Отказано»: only for lack of places, the founder's refusal for age, or a duplicate application.</summary>
    public void Refuse(RefusalReason? reason, string by, DateTimeOffset at, string? comment = null)
    {
        if (reason is not { } value || !Enum.IsDefined(value))
            throw new DomainException(
                "Укажите причину отказа: нет свободных мест, отказ учредителя по возрасту или повторное заявление.", "refusalReason");
        if (value == Enrollment.RefusalReason.Duplicate && DuplicateOfId is null)
            throw new DomainException("Отказ как повторному заявлению: укажите, повтором какого заявления оно является.", "duplicateOfId");
        ApplicationStatusGraph.EnsureCanMove(Status, ApplicationStatus.Refused);
        RefusalReason = value;
        Move(ApplicationStatus.Refused, by, at, comment);
    }

    /// <summary>Refuses the application as a repeat of an earlier one for the same child.</summary>
    public void MarkDuplicateOf(int originalId, string originalNumber, string by, DateTimeOffset at)
    {
        if (originalId <= 0 || originalId == Id)
            throw new DomainException("Заявление не может быть повтором самого себя.", "duplicateOfId");
        ApplicationStatusGraph.EnsureCanMove(Status, ApplicationStatus.Refused);
        DuplicateOfId = originalId;
        Refuse(Enrollment.RefusalReason.Duplicate, by, at, $"Повторное заявление: на ребёнка уже подано заявление № {originalNumber}.");
    }

    public void Withdraw(string by, DateTimeOffset at, string? comment = null) => Move(ApplicationStatus.Withdrawn, by, at, comment);

    private void Move(ApplicationStatus to, string by, DateTimeOffset at, string? comment)
    {
        ApplicationStatusGraph.EnsureCanMove(Status, to);
        var text = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (text is { Length: > MaxCommentLength })
            throw new DomainException($"Комментарий: не длиннее {MaxCommentLength} символов.", "comment");
        var who = Who(by);
        if (_history.Count > 0 && at < _history[^1].At)
            throw new DomainException("Время смены статуса раньше предыдущей записи истории.", "at");
        Status = to;
        _history.Add(new ApplicationStatusChange(Id, to, at, who, text));
    }

    private void EnsureCampaign(AdmissionCampaign campaign)
    {
        if (campaign.Year != Year)
            throw new DomainException($"Заявление на {Year}/{Year + 1} учебный год, а кампания — на {campaign.AcademicYear}.", "year");
    }

    private void EnsureEditable()
    {
        if (ApplicationStatusGraph.IsFinal(Status))
            throw new DomainException($"Заявление в статусе «{EnrollmentNames.Name(Status)}»: сведения больше не меняются.", "status");
    }

    private static string Who(string? by) =>
        string.IsNullOrWhiteSpace(by) ? throw new DomainException("Не указано, кто меняет статус.", "by") : by.Trim();

    private static string? Text(string? text, string label, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var value = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (value.Length > MaxTextLength)
            throw new DomainException($"{label}: не длиннее {MaxTextLength} символов.", field);
        return value;
    }
}
