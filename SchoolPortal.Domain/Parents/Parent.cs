using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.People;

namespace SchoolPortal.Domain.Parents;

/// <summary>
/// «Единая учетная запись родителя»: one record per parent, linked to all their children, whatever school they attend.
/// </summary>
public sealed class Parent : IAudited
{
    public const int MinAge = 14;
    public const int MaxAge = 100;

    public int Id { get; private set; }
    public PersonName Name { get; private set; } = null!;
    public DateOnly? BirthDate { get; private set; }
    public Gender? Gender { get; private set; }
    public IdentityDocument? Document { get; private set; }
    public Snils? Snils { get; private set; }
    public Address? RegistrationAddress { get; private set; }
    public Address? StayAddress { get; private set; }
    public PhoneNumber? Phone { get; private set; }
    public Email? Email { get; private set; }

    /// <summary>«Гражданство»; optional for a parent (older records have none).</summary>
    public string? Citizenship { get; private set; }

    /// <summary>Set when the record was deleted («Удалить»); a region operator may restore it («Восстановить запись»).</summary>
    public DateTimeOffset? DeletedAt { get; private set; }

    public bool IsDeleted => DeletedAt is not null;

    /// <summary>Set when this record was merged into another one as a duplicate (<see cref="ParentMerge"/>).</summary>
    public int? MergedIntoId { get; private set; }

    public bool IsMerged => MergedIntoId is not null;

    private Parent()
    {
    }

    public Parent(PersonName name, Gender? gender)
    {
        Name = name;
        Gender = gender;
    }

    public void Rename(PersonName name) => Name = name;

    public void ChangeBirthDate(DateOnly? birthDate, DateOnly today) =>
        BirthDate = birthDate is { } d ? People.BirthDate.Check(d, today, MinAge, MaxAge, "родителя") : null;

    public void ChangeGender(Gender? gender) => Gender = gender;

    public void ChangeDocument(IdentityDocument? document)
    {
        if (document is { Kind: DocumentKind.RfBirthCertificate })
            throw new DomainException("Документ родителя — паспорт или иностранный документ, не свидетельство о рождении.", "document");
        Document = document;
    }

    public void ChangeSnils(Snils? snils) => Snils = snils;

    public void ChangeAddresses(Address? registration, Address? stay)
    {
        RegistrationAddress = registration;
        StayAddress = stay;
    }

    public void ChangeContacts(PhoneNumber? phone, Email? email)
    {
        Phone = phone;
        Email = email;
    }

    public void ChangeCitizenship(string? citizenship) =>
        Citizenship = string.IsNullOrWhiteSpace(citizenship) ? null : citizenship.Trim();

    /// <summary>
    /// «Удалить»: only a record without children, so that no child loses a parent by a click; the record stays (soft delete)
    /// so that an operator can restore it.
    /// </summary>
    public void Delete(int childCount, DateTimeOffset now)
    {
        if (childCount > 0)
            throw new DomainException($"У родителя есть дети ({childCount}): сначала открепите его от них, затем удалите запись.");
        if (IsDeleted)
            throw new DomainException("Запись родителя уже удалена.");
        DeletedAt = now;
    }

    public void Restore()
    {
        if (!IsDeleted)
            throw new DomainException("Запись родителя не удалена.");
        DeletedAt = null;
    }

    public void MarkMergedInto(int keptParentId)
    {
        if (keptParentId == Id)
            throw new Common.DomainException("Запись родителя нельзя объединить с ней самой.");
        MergedIntoId = keptParentId;
    }

    public void Unmerge() => MergedIntoId = null;
}
