namespace SchoolPortal.Features.QuickEntry;

/// <summary>The keys of a row's messages, one per column of the grid; <see cref="Duplicate"/> for a match with an existing pupil.</summary>
public static class QuickEntryFields
{
    public const string Surname = "surname";
    public const string FirstName = "firstName";
    public const string Patronymic = "patronymic";
    public const string BirthDate = "birthDate";
    public const string Gender = "gender";
    public const string Snils = "snils";
    public const string Duplicate = "duplicate";
}
