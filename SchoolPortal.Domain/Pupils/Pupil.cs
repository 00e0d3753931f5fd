using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Domain.Pupils;

/// <summary>A pupil's card: the fields the briefing lists, the class history and the links to parents.</summary>
public sealed class Pupil : ISchoolScoped, IAudited
{
    public const int MinAge = 5;
    public const int MaxAge = 25;

    private readonly List<ClassMembership> _memberships = [];
    private readonly List<ParentLink> _parentLinks = [];

    public int Id { get; private set; }
    public int SchoolId { get; private set; }
    public PersonName Name { get; private set; } = null!;
    public DateOnly BirthDate { get; private set; }
    public Gender Gender { get; private set; }
    public IdentityDocument? BirthCertificate { get; private set; }
    public IdentityDocument? Passport { get; private set; }
    public Snils? Snils { get; private set; }
    public string Citizenship { get; private set; } = People.Citizenship.Russia;
    public string? Birthplace { get; private set; }
    public Address? RegistrationAddress { get; private set; }
    public Address? StayAddress { get; private set; }
    public FormOfEducation FormOfEducation { get; private set; } = FormOfEducation.FullTime;
    public PhoneNumber? HomePhone { get; private set; }
    public PhoneNumber? MobilePhone { get; private set; }
    public Email? Email { get; private set; }
    /// <summary>Член «Движения Первых».</summary>
    public bool MovementOfFirstsMember { get; private set; }
    public bool Gifted { get; private set; }
    public string? Comment { get; private set; }
    public PupilStatus Status { get; private set; } = PupilStatus.Enrolled;
    public DateOnly? LeftOn { get; private set; }
    /// <summary>Приказ о выпуске или выбытии.</summary>
    public string? LeavingOrder { get; private set; }
    /// <summary>The class of the open membership; kept beside the history so lists filter without scanning it.</summary>
    public int? CurrentClassId { get; private set; }
    public IReadOnlyList<ClassMembership> Memberships => _memberships;
    public IReadOnlyList<ParentLink> ParentLinks => _parentLinks;

    private Pupil()
    {
    }

    public Pupil(int schoolId, PersonName name, DateOnly birthDate, Gender gender, DateOnly today)
    {
        SchoolId = schoolId;
        Name = name;
        ChangeBirth(birthDate, gender, today);
    }

    public void Rename(PersonName name) => Name = name;

    public void ChangeBirth(DateOnly birthDate, Gender gender, DateOnly today)
    {
        BirthDate = People.BirthDate.Check(birthDate, today, MinAge, MaxAge, "ученика");
        Gender = gender;
    }

    public void ChangeBirthplace(string? birthplace)
    {
        var value = string.IsNullOrWhiteSpace(birthplace) ? null : birthplace.Trim();
        if (value is { Length: > 300 })
            throw new DomainException("Место рождения: не длиннее 300 символов.", "birthplace");
        Birthplace = value;
    }

    public void ChangeDocuments(IdentityDocument? birthCertificate, IdentityDocument? passport)
    {
        if (birthCertificate is { Kind: DocumentKind.RfPassport })
            throw new DomainException("В поле свидетельства о рождении указан паспорт.", "birthCertificate");
        if (passport is { Kind: DocumentKind.RfBirthCertificate })
            throw new DomainException("В поле паспорта указано свидетельство о рождении.", "passport");
        BirthCertificate = birthCertificate;
        Passport = passport;
    }

    public void ChangeSnils(Snils? snils) => Snils = snils;

    public void ChangeCitizenship(string? citizenship)
    {
        if (string.IsNullOrWhiteSpace(citizenship))
            throw new DomainException("Укажите гражданство.", "citizenship");
        Citizenship = citizenship.Trim();
    }

    public void ChangeAddresses(Address? registration, Address? stay)
    {
        RegistrationAddress = registration;
        StayAddress = stay;
    }

    public void ChangeContacts(PhoneNumber? homePhone, PhoneNumber? mobilePhone, Email? email)
    {
        HomePhone = homePhone;
        MobilePhone = mobilePhone;
        Email = email;
    }

    public void ChangeFormOfEducation(FormOfEducation form) => FormOfEducation = form;

    public void ChangeFlags(bool movementOfFirstsMember, bool gifted)
    {
        MovementOfFirstsMember = movementOfFirstsMember;
        Gifted = gifted;
    }

    public void ChangeComment(string? comment)
    {
        var value = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (value is { Length: > 2000 })
            throw new DomainException("Комментарий: не длиннее 2000 символов.", "comment");
        Comment = value;
    }

    /// <summary>Enrols the pupil in a class of their school from <paramref name="on"/>, closing the current stay the day before.</summary>
    public void EnrollIn(SchoolClass schoolClass, DateOnly on)
    {
        if (schoolClass.SchoolId != SchoolId)
            throw new DomainException($"Класс {schoolClass.Name} принадлежит другой школе.", "class");
        var open = _memberships.SingleOrDefault(m => m.IsOpen);
        if (open is not null)
        {
            if (open.SchoolClassId == schoolClass.Id && schoolClass.Id != 0)
                throw new DomainException($"Ученик уже в классе {schoolClass.Name}.", "class");
            if (on <= open.From)
                throw new DomainException($"Дата перевода должна быть позже {open.From:dd.MM.yyyy} — даты зачисления в текущий класс.", "date");
            open.CloseOn(on.AddDays(-1));
        }
        _memberships.Add(new ClassMembership(Id, schoolClass.Id, on));
        CurrentClassId = schoolClass.Id == 0 ? null : schoolClass.Id;
        Status = PupilStatus.Enrolled;
        LeftOn = null;
        LeavingOrder = null;
    }

    /// <summary>For a class that was just created in the same unit of work (its id is assigned on save).</summary>
    public void EnrollIn(SchoolClass schoolClass, DateOnly on, Action<ClassMembership> attach)
    {
        EnrollIn(schoolClass, on);
        attach(_memberships[^1]);
    }

    /// <summary>
    /// Another school enrols this child by taking over the card (a child known to the region never gets a second card): the
    /// card keeps its parents, account and class history. A pupil still studying is withdrawn the day before
    /// <paramref name="on"/> by the transfer order; then the card belongs to <paramref name="schoolId"/>, ready for
    /// <see cref="EnrollIn(SchoolClass, DateOnly)"/> or <see cref="AdmitFromNewYear"/>.
    /// </summary>
    public void MoveToSchool(int schoolId, DateOnly on, string? transferOrder)
    {
        if (schoolId <= 0)
            throw new DomainException("Не указана школа, в которую переходит ученик.", "school");
        if (schoolId == SchoolId && Status is PupilStatus.Enrolled or PupilStatus.Admitted)
            throw new DomainException("Ученик уже числится в этой школе.", "school");
        if (Status == PupilStatus.Enrolled)
            Leave(PupilStatus.Withdrawn, on.AddDays(-1), transferOrder);
        else if (Status == PupilStatus.Admitted)
            throw new DomainException("Ребёнок зачислен с нового года в другую школу: сначала эта школа должна отменить зачисление.", "status");
        SchoolId = schoolId;
    }

    /// <summary>«Зачислен с нового года»: studies from the opening of the new year, in no class of the current one.</summary>
    public void AdmitFromNewYear()
    {
        if (Status == PupilStatus.Enrolled && _memberships.Any(m => m.IsOpen))
            throw new DomainException("Ученик учится в текущем году: зачисление с нового года оформляется переводом в новом году.", "status");
        Status = PupilStatus.Admitted;
        CurrentClassId = null;
        LeftOn = null;
        LeavingOrder = null;
    }

    public void Withdraw(DateOnly on, string? order) => Leave(PupilStatus.Withdrawn, on, order);

    public void Graduate(DateOnly on, string order)
    {
        if (string.IsNullOrWhiteSpace(order))
            throw new DomainException("Для выпуска укажите номер приказа.", "order");
        Leave(PupilStatus.Graduated, on, order);
    }

    private void Leave(PupilStatus status, DateOnly on, string? order)
    {
        if (Status != PupilStatus.Enrolled)
            throw new DomainException("Ученик уже не числится в школе.", "status");
        var open = _memberships.SingleOrDefault(m => m.IsOpen);
        if (open is not null && on < open.From)
            throw new DomainException($"Дата выбытия не может быть раньше {open.From:dd.MM.yyyy} — даты зачисления в класс.", "date");
        open?.CloseOn(on);
        Status = status;
        LeftOn = on;
        LeavingOrder = string.IsNullOrWhiteSpace(order) ? null : order.Trim();
        CurrentClassId = null;
    }

    /// <summary>The class the pupil was in on <paramref name="day"/>, from the history.</summary>
    public int? ClassOn(DateOnly day) => _memberships.FirstOrDefault(m => m.Covers(day))?.SchoolClassId;

    public ParentLink AttachParent(Parent parent, ParentRelation relation)
    {
        if (_parentLinks.Any(l => l.ParentId == parent.Id && parent.Id != 0 || ReferenceEquals(l.Parent, parent)))
            throw new DomainException($"{parent.Name.Full} уже указан(а) как родитель этого ученика.", "parent");
        if (relation != ParentRelation.Guardian && _parentLinks.Any(l => l.Relation == relation))
            throw new DomainException(relation == ParentRelation.Mother
                ? "У ученика уже указана мать. Открепите её, прежде чем указать другую."
                : "У ученика уже указан отец. Открепите его, прежде чем указать другого.", "relation");
        var link = new ParentLink(Id, parent, relation);
        _parentLinks.Add(link);
        return link;
    }

    public void DetachParent(int parentId)
    {
        var link = _parentLinks.SingleOrDefault(l => l.ParentId == parentId)
            ?? throw new DomainException("Этот родитель не связан с учеником.", "parent");
        _parentLinks.Remove(link);
    }
}
