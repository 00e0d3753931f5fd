using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.People;

namespace SchoolPortal.Domain.Staff;

/// <summary>A staff card (педагогический или руководящий работник) with the fields the briefing lists.</summary>
public sealed class Employee : ISchoolScoped, IAudited
{
    public const int MinAge = 16;
    public const int MaxAge = 90;

    public int Id { get; private set; }
    public int SchoolId { get; private set; }
    public PersonName Name { get; private set; } = null!;
    public DateOnly BirthDate { get; private set; }
    public Gender Gender { get; private set; }
    public IdentityDocument? Passport { get; private set; }
    public Snils? Snils { get; private set; }
    public string Position { get; private set; } = "";
    public QualificationCategory Category { get; private set; }
    public PhoneNumber? Phone { get; private set; }
    public Email? Email { get; private set; }
    public bool OnMaternityLeave { get; private set; }
    /// <summary>Образование: institution, year, speciality; the start of the pedagogical portfolio.</summary>
    public string? Education { get; private set; }
    public DateOnly? DismissedOn { get; private set; }

    /// <summary>
    /// The card this one was copied from when the person was imported from another school (Импорт из другой ОО): the
    /// first card of the person, so all the person's cards in the region point at one record.
    /// </summary>
    public int? OriginEmployeeId { get; private set; }

    /// <summary>The person's one record: the first card, whichever school holds it.</summary>
    public int PersonId => OriginEmployeeId ?? Id;

    private Employee()
    {
    }

    public Employee(int schoolId, PersonName name, DateOnly birthDate, Gender gender, string position, DateOnly today)
    {
        SchoolId = schoolId;
        Name = name;
        ChangeBirth(birthDate, gender, today);
        ChangePosition(position, QualificationCategory.None);
    }

    public bool IsActive => DismissedOn is null;

    public void Rename(PersonName name) => Name = name;

    public void ChangeBirth(DateOnly birthDate, Gender gender, DateOnly today)
    {
        BirthDate = People.BirthDate.Check(birthDate, today, MinAge, MaxAge, "сотрудника");
        Gender = gender;
    }

    public void ChangePassport(IdentityDocument? passport)
    {
        if (passport is { Kind: DocumentKind.RfBirthCertificate })
            throw new DomainException("Документ сотрудника — паспорт, не свидетельство о рождении.", "passport");
        Passport = passport;
    }

    public void ChangeSnils(Snils? snils) => Snils = snils;

    public void ChangePosition(string? position, QualificationCategory category)
    {
        if (string.IsNullOrWhiteSpace(position))
            throw new DomainException("Укажите основную должность.", "position");
        Position = position.Trim();
        Category = category;
    }

    public void ChangeContacts(PhoneNumber? phone, Email? email)
    {
        Phone = phone;
        Email = email;
    }

    public void ChangeMaternityLeave(bool onLeave) => OnMaternityLeave = onLeave;

    public void ChangeEducation(string? education)
    {
        var value = string.IsNullOrWhiteSpace(education) ? null : education.Trim();
        if (value is { Length: > 2000 })
            throw new DomainException("Образование: не длиннее 2000 символов.", "education");
        Education = value;
    }

    public void Dismiss(DateOnly on) => DismissedOn = on;

    /// <summary>
    /// The person's card for another school (Импорт из другой ОО): the personal data copied, the position of the new
    /// school, and the link to the person's one record.
    /// </summary>
    public Employee CopyTo(int schoolId, string position, DateOnly today)
    {
        if (schoolId == SchoolId)
            throw new DomainException("Карточка сотрудника уже есть в этой организации.");
        // Fresh value objects: EF Core keeps an owned value per owner, so two cards must not share one instance.
        var copy = new Employee(schoolId, Name with { }, BirthDate, Gender, position, today) { OriginEmployeeId = PersonId };
        copy.ChangePassport(Passport is null ? null : Passport with { });
        copy.ChangeSnils(Snils);
        copy.ChangePosition(position, Category);
        copy.ChangeContacts(Phone, Email);
        copy.ChangeEducation(Education);
        return copy;
    }
}
