using SchoolPortal.Data;
using SchoolPortal.Data.DemoRegion;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Staff;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Esia;

/// <summary>
/// Arranges the records the emulator builds its persons from, on top of <see cref="TestRegion"/>: parents with complete
/// records (passport, SNILS, children with birth certificates and SNILS) and portal accounts, a parent already linked to
/// ESIA, and the teacher1 account of an employee; every account has the demo password, as the demo generator gives them.
/// </summary>
public sealed class EmulatorFamilies
{
    public const string LinkedOid = "1000000077";

    public required TestRegion Region { get; init; }
    /// <summary>School 2, created first (lowest parent id): the emulator must still prefer school 1.</summary>
    public required Parent OtherSchoolParent { get; init; }
    public required Parent LinkedParent { get; init; }
    /// <summary>School 1, in id order; the third has two children.</summary>
    public required IReadOnlyList<Parent> CompleteParents { get; init; }
    public required Employee Teacher { get; init; }

    public static EmulatorFamilies Create(TestDatabase database)
    {
        var region = TestRegion.Create(database);
        using var db = database.System();
        var s1 = region.School1.Id;
        var other = Family(db, region.School2.Id, "Дальняя", "Ольга", 1, children: 1);
        var linked = Family(db, s1, "Связанова", "Елена", 2, children: 1, oid: LinkedOid);
        var complete = new[]
        {
            Family(db, s1, "Первова", "Анна", 3, children: 1),
            Family(db, s1, "Вторая", "Инна", 4, children: 1),
            Family(db, s1, "Многодетная", "Вера", 5, children: 2),
            Family(db, s1, "Четвёртова", "Нина", 6, children: 1),
            Family(db, s1, "Пятова", "Зоя", 7, children: 1),
        };
        var teacher = new Employee(s1, PersonName.Create("Учителев", "Игорь", "Петрович"), new DateOnly(1980, 2, 3), Gender.Male,
            "Учитель математики", TestRegion.Today);
        teacher.ChangePassport(IdentityDocument.Passport("7503", "300001", new DateOnly(2000, 3, 1), "ОВД"));
        teacher.ChangeSnils(Snils.FromNumber(300_000_001));
        db.Employees.Add(teacher);
        db.SaveChanges();
        var account = new UserAccount("teacher1", "Учителев И. П.", Role.Teacher, s1);
        account.LinkTo(employeeId: teacher.Id);
        account.SetPassword(DemoRegionGenerator.DemoPasswordHash, mustChange: false);
        db.UserAccounts.Add(account);
        db.SaveChanges();
        return new EmulatorFamilies
        {
            Region = region, OtherSchoolParent = other, LinkedParent = linked, CompleteParents = complete, Teacher = teacher,
        };
    }

    private static Parent Family(PortalDbContext db, int schoolId, string surname, string firstName, int serial, int children, string? oid = null)
    {
        var parent = new Parent(PersonName.Create(surname, firstName, "Ивановна"), Gender.Female);
        parent.ChangeBirthDate(new DateOnly(1985, 1, serial), TestRegion.Today);
        parent.ChangeDocument(IdentityDocument.Passport("7505", (100_000 + serial).ToString(), new DateOnly(2005, 2, 1), "ОВД"));
        parent.ChangeSnils(Snils.FromNumber(200_000_000 + serial));
        db.Parents.Add(parent);
        db.SaveChanges();
        for (var i = 0; i < children; i++)
        {
            var pupil = new Pupil(schoolId, PersonName.Create(surname, i == 0 ? "Маша" : "Даша", "Сергеевна"), new DateOnly(2015, 3, 1 + i),
                Gender.Female, TestRegion.Today);
            pupil.ChangeDocuments(IdentityDocument.BirthCertificate("IV-ИВ", (500_000 + serial * 10 + i).ToString(), new DateOnly(2015, 4, 1), "ЗАГС"), null);
            pupil.ChangeSnils(Snils.FromNumber(400_000_000 + serial * 10 + i));
            db.Pupils.Add(pupil);
            db.SaveChanges();
            pupil.AttachParent(parent, ParentRelation.Mother);
        }
        var account = new UserAccount($"parent{serial}", $"{surname} {firstName}", Role.Parent);
        account.LinkTo(parentId: parent.Id);
        account.LinkEsia(oid);
        account.SetPassword(DemoRegionGenerator.DemoPasswordHash, mustChange: false);
        db.UserAccounts.Add(account);
        db.SaveChanges();
        return parent;
    }
}
