using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Tests.TestKit;

/// <summary>
/// A small hand-made region for tests: two districts, school 1 in the first and school 2 in the second, each with a
/// current year, a 5А class and pupils. Names are chosen so tests can tell the schools apart.
/// </summary>
public sealed class TestRegion
{
    public static readonly DateOnly Today = new(2026, 11, 28);

    public required Municipality District1 { get; init; }
    public required Municipality District2 { get; init; }
    public required School School1 { get; init; }
    public required School School2 { get; init; }
    public required SchoolClass Class1 { get; init; }
    public required SchoolClass Class2 { get; init; }
    public required Pupil Pupil1 { get; init; }
    public required Pupil Pupil2 { get; init; }
    public required Parent Parent1 { get; init; }

    public PortalUser Admin1 => new(1001, "admin1", "Админ школы 1", Role.SchoolAdmin, School1.Id, null);
    public PortalUser Admin2 => new(1002, "admin2", "Админ школы 2", Role.SchoolAdmin, School2.Id, null);
    public PortalUser District1Operator => new(1003, "mo1", "Оператор района 1", Role.MunicipalOperator, null, District1.Id);
    public PortalUser RegionOperator => new(1004, "operator", "Оператор региона", Role.RegionOperator, null, null);

    public static TestRegion Create(TestDatabase database)
    {
        using var db = database.System();
        var d1 = new Municipality("Первый район");
        var d2 = new Municipality("Второй район");
        db.Municipalities.AddRange(d1, d2);
        db.SaveChanges();
        var s1 = NewSchool(d1.Id, "МАОУ «СОШ № 1»", "7451000013");
        var s2 = NewSchool(d2.Id, "МБОУ «СОШ № 2»", "7451000020");
        db.Schools.AddRange(s1, s2);
        db.SaveChanges();
        var y1 = new AcademicYear(s1.Id, 2026, AcademicYearStatus.Current);
        var y2 = new AcademicYear(s2.Id, 2026, AcademicYearStatus.Current);
        db.AcademicYears.AddRange(y1, y2);
        db.SaveChanges();
        var c1 = new SchoolClass(s1.Id, y1.Id, new GradeLevel(5), "А");
        var c2 = new SchoolClass(s2.Id, y2.Id, new GradeLevel(5), "А");
        db.Classes.AddRange(c1, c2);
        db.SaveChanges();
        var p1 = NewPupil(s1.Id, "Иванов", "Пётр", "Сергеевич", Gender.Male);
        var p2 = NewPupil(s2.Id, "Второва", "Анна", "Игоревна", Gender.Female);
        db.Pupils.AddRange(p1, p2);
        db.SaveChanges();
        p1.EnrollIn(c1, new DateOnly(2026, 9, 1));
        p2.EnrollIn(c2, new DateOnly(2026, 9, 1));
        var parent = new Parent(PersonName.Create("Иванова", "Мария", "Петровна"), Gender.Female);
        db.Parents.Add(parent);
        db.SaveChanges();
        p1.AttachParent(parent, ParentRelation.Mother);
        db.SaveChanges();
        return new TestRegion
        {
            District1 = d1, District2 = d2, School1 = s1, School2 = s2, Class1 = c1, Class2 = c2,
            Pupil1 = p1, Pupil2 = p2, Parent1 = parent,
        };
    }

    public static Pupil NewPupil(int schoolId, string surname, string firstName, string? patronymic, Gender gender) =>
        new(schoolId, PersonName.Create(surname, firstName, patronymic, noPatronymic: patronymic is null), new DateOnly(2015, 3, 14), gender, Today);

    private static School NewSchool(int municipalityId, string name, string inn) =>
        new(municipalityId, $"Муниципальное общеобразовательное учреждение {name}", name, Inn.Parse(inn), Ogrn.Parse(ValidOgrn()),
            Address.Parse("454000, г. Челябинск, ул. Ленина, д. 1"), "Петров Пётр Петрович", null, null);

    private static string ValidOgrn()
    {
        const string twelve = "102740000000";
        return twelve + Ogrn.ControlDigit(twelve);
    }
}
