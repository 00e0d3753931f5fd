namespace SchoolPortal.Features.MilitaryRegistration;

/// <summary>A school as the exchange needs it: the details sent in the package, the district for access and reports.</summary>
public sealed record GirVuSchool(int SchoolId, int MunicipalityId, string Municipality, string FullName, string ShortName, string Inn, string Ogrn,
    string Address);
