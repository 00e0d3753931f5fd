using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.People;

namespace SchoolPortal.Domain.Schools;

/// <summary>An educational organisation (ОО) with the details the region and ГИР ВУ need.</summary>
public sealed class School
{
    public int Id { get; private set; }
    public int MunicipalityId { get; private set; }
    public Municipality? Municipality { get; private set; }
    public string FullName { get; private set; } = "";
    public string ShortName { get; private set; } = "";
    public Inn Inn { get; private set; } = null!;
    public Ogrn Ogrn { get; private set; } = null!;
    public Address Address { get; private set; } = null!;
    public string HeadName { get; private set; } = "";
    public PhoneNumber? Phone { get; private set; }
    public Email? Email { get; private set; }

    private School()
    {
    }

    public School(int municipalityId, string fullName, string shortName, Inn inn, Ogrn ogrn, Address address, string headName,
        PhoneNumber? phone, Email? email)
    {
        MunicipalityId = municipalityId;
        UpdateDetails(fullName, shortName, inn, ogrn, address, headName, phone, email);
    }

    public void UpdateDetails(string fullName, string shortName, Inn inn, Ogrn ogrn, Address address, string headName,
        PhoneNumber? phone, Email? email)
    {
        if (string.IsNullOrWhiteSpace(fullName))
            throw new DomainException("Полное наименование обязательно.", "fullName");
        if (string.IsNullOrWhiteSpace(shortName))
            throw new DomainException("Краткое наименование обязательно.", "shortName");
        if (string.IsNullOrWhiteSpace(headName))
            throw new DomainException("Укажите руководителя.", "headName");
        FullName = fullName.Trim();
        ShortName = shortName.Trim();
        Inn = inn;
        Ogrn = ogrn;
        Address = address;
        HeadName = headName.Trim();
        Phone = phone;
        Email = email;
    }
}
