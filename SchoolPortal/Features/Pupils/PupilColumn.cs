namespace SchoolPortal.Features.Pupils;

/// <summary>The columns the pupil list can show (the SGO field list).</summary>
public enum PupilColumn
{
    DisplayName,
    Surname,
    BirthDate,
    Gender,
    Class,
    School,
    IdentityDocument,
    BirthCertificate,
    Snils,
    RegistrationAddress,
    StayAddress,
    Parents,
    HomePhone,
    Email,
    Login,
    LastLogin,
    Citizenship,
    MobilePhone,
    Comment,
    Gifted,
}
