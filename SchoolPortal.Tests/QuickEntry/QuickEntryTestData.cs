using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Features.QuickEntry;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.QuickEntry;

/// <summary>An empty class 5Б in school 1 and typed rows for the quick-entry tests.</summary>
internal static class QuickEntryTestData
{
    public static SchoolClass AddEmptyClass(TestDatabase database, TestRegion region)
    {
        using var db = database.System();
        var schoolClass = new SchoolClass(region.School1.Id, region.Class1.AcademicYearId, new GradeLevel(5), "Б");
        db.Classes.Add(schoolClass);
        db.SaveChanges();
        return schoolClass;
    }

    public static QuickEntryRow Row(string surname, string birthDate = "01.02.2015", string? snils = null) => new()
    {
        Surname = surname,
        FirstName = "Анна",
        NoPatronymic = true,
        BirthDate = birthDate,
        Gender = Gender.Female,
        Snils = snils,
    };
}
