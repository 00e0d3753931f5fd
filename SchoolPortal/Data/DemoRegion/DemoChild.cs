using SchoolPortal.Domain.People;

namespace SchoolPortal.Data.DemoRegion;

/// <summary>
/// A pupil of the demo region as an application names the child: the card, the name, the birth and the certificate, and
/// the class the child is in now (the class the enrolment order named).
/// </summary>
internal sealed record DemoChild(int Id, PersonName Name, DateOnly BirthDate, Gender Gender, string Certificate, Address? RegistrationAddress,
    int ClassId, string ClassName);
