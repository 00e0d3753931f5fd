namespace SchoolPortal.Domain.Duplicates;

/// <summary>The fields of a parent record compared between the records of a duplicate group.</summary>
public enum ParentField
{
    Name = 1,
    BirthDate = 2,
    Snils = 3,
    Document = 4,
    RegistrationAddress = 5,
    StayAddress = 6,
    Phone = 7,
    Email = 8,
}
