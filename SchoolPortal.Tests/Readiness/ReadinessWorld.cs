using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Readiness;

/// <summary>
/// The test region with the data readiness looks at. School 1 (5А): Pupil1 ready through his mother Parent1 (signed in,
/// Gosuslugi agrees); Pupil3 complete, his mother never signed in (waiting); Pupil4 without SNILS and without a parent;
/// Pupil5, Parent1's second child, whose certificate number on Gosuslugi differs. School 2: Pupil2 ready through her father.
/// </summary>
internal sealed class ReadinessWorld
{
    public const string Parent1Snils = "112-233-445 95";
    public static readonly DateTimeOffset ReceivedAt = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    public required TestRegion Region { get; init; }
    public required int Pupil3 { get; init; }
    public required int Pupil4 { get; init; }
    public required int Pupil5 { get; init; }
    public required int Parent3 { get; init; }
    public required int Parent2 { get; init; }

    public static ReadinessWorld Create(TestDatabase database)
    {
        var region = TestRegion.Create(database);
        using var db = database.System();
        var today = TestRegion.Today;
        var class1 = db.Classes.Single(c => c.Id == region.Class1.Id);
        var class2 = db.Classes.Single(c => c.Id == region.Class2.Id);

        var pupil1 = db.Pupils.Include(p => p.Memberships).Single(p => p.Id == region.Pupil1.Id);
        Complete(pupil1, "IV-ИВ", "123456", 334455667);
        var mother1 = db.Parents.Single(p => p.Id == region.Parent1.Id);
        Complete(mother1, new DateOnly(1985, 4, 20), "7505", "654321", Snils.Parse(Parent1Snils), today);

        var pupil3 = Add(db, region.School1.Id, "Петров", "Илья", "Андреевич", new DateOnly(2015, 6, 1));
        Complete(pupil3, "III-ИВ", "222333", 445566778);
        var pupil4 = Add(db, region.School1.Id, "Сидоров", "Олег", null, new DateOnly(2015, 2, 2));
        pupil4.ChangeDocuments(IdentityDocument.BirthCertificate("V-ИВ", "999000"), null);
        var pupil5 = Add(db, region.School1.Id, "Иванова", "Дарья", "Сергеевна", new DateOnly(2015, 9, 9));
        Complete(pupil5, "IV-ИВ", "500500", 667788990);
        var pupil2 = db.Pupils.Include(p => p.Memberships).Single(p => p.Id == region.Pupil2.Id);
        Complete(pupil2, "II-ИВ", "777888", 778899001);
        db.SaveChanges();
        foreach (var p in new[] { pupil3, pupil4, pupil5 })
            p.EnrollIn(class1, new DateOnly(2026, 9, 1));

        var mother3 = new Parent(PersonName.Create("Петрова", "Анна", "Ивановна"), Gender.Female);
        Complete(mother3, new DateOnly(1988, 1, 1), "7510", "100200", null, today);
        var father2 = new Parent(PersonName.Create("Второв", "Игорь", "Павлович"), Gender.Male);
        Complete(father2, new DateOnly(1980, 5, 5), "7511", "300400", Snils.FromNumber(889900112), today);
        db.Parents.AddRange(mother3, father2);
        db.SaveChanges();
        pupil3.AttachParent(mother3, ParentRelation.Mother);
        pupil5.AttachParent(mother1, ParentRelation.Mother);
        pupil2.AttachParent(father2, ParentRelation.Father);

        var account1 = ParentAccount(db, "ivanova.m", mother1, "1000000001");
        ParentAccount(db, "petrova.a", mother3, null);
        ParentAccount(db, "vtorov.i", father2, "1000000002");
        db.SaveChanges();

        db.EsiaProfiles.Add(EsiaAnswers.Profile(account1, mother1.Name, mother1.BirthDate!.Value, mother1.Snils, mother1.Document, true, ReceivedAt,
            new EsiaAnswers.Kid("k1", pupil1.Name, pupil1.BirthDate, pupil1.Snils, pupil1.BirthCertificate),
            new EsiaAnswers.Kid("k2", pupil5.Name, pupil5.BirthDate, pupil5.Snils, IdentityDocument.BirthCertificate("IV-ИВ", "500501"))));
        db.EsiaProfiles.Add(EsiaAnswers.Profile("1000000002", father2.Name, father2.BirthDate!.Value, father2.Snils, father2.Document, true, ReceivedAt,
            new EsiaAnswers.Kid("k3", pupil2.Name, pupil2.BirthDate, pupil2.Snils, pupil2.BirthCertificate)));
        db.SaveChanges();
        return new ReadinessWorld
        {
            Region = region, Pupil3 = pupil3.Id, Pupil4 = pupil4.Id, Pupil5 = pupil5.Id, Parent3 = mother3.Id, Parent2 = father2.Id,
        };
    }

    private static Pupil Add(PortalDbContext db, int schoolId, string surname, string first, string? patronymic, DateOnly birth)
    {
        var pupil = new Pupil(schoolId, PersonName.Create(surname, first, patronymic, noPatronymic: patronymic is null), birth,
            first.EndsWith('я') || first.EndsWith('а') ? Gender.Female : Gender.Male, TestRegion.Today);
        db.Pupils.Add(pupil);
        return pupil;
    }

    private static void Complete(Pupil pupil, string series, string number, int snils)
    {
        pupil.ChangeDocuments(IdentityDocument.BirthCertificate(series, number), null);
        pupil.ChangeSnils(Snils.FromNumber(snils));
    }

    private static void Complete(Parent parent, DateOnly birth, string series, string number, Snils? snils, DateOnly today)
    {
        parent.ChangeBirthDate(birth, today);
        parent.ChangeDocument(IdentityDocument.Passport(series, number));
        parent.ChangeSnils(snils);
    }

    /// <returns>The ESIA oid given, for the stored answer.</returns>
    private static string ParentAccount(PortalDbContext db, string login, Parent parent, string? oid)
    {
        var account = new UserAccount(login, parent.Name.Full, Role.Parent);
        account.LinkTo(parentId: parent.Id);
        account.LinkEsia(oid);
        db.UserAccounts.Add(account);
        return oid ?? "";
    }
}
