using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.People;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Duplicates;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Duplicates;

/// <summary>
/// The test region plus a planted duplicate in school 1, as the demo plants them: the mother of Пётр (the original, with
/// SNILS and an unused login) typed in again for his sister Ольга (the second row: same name, birth date and passport,
/// a login used yesterday and linked to Gosuslugi). A father is linked to both children.
/// </summary>
public sealed class DuplicateWorld : IDisposable
{
    public static readonly DateOnly MotherBirth = new(1985, 4, 12);
    public static readonly DateTimeOffset LastLogin = new(2026, 11, 27, 6, 30, 0, TimeSpan.Zero);

    public TestDatabase Database { get; } = new();
    public TestRegion Region { get; }
    public int Original { get; }
    public int Duplicate { get; }
    public int Father { get; }
    public int Sister { get; }
    public int OriginalAccount { get; }
    public int DuplicateAccount { get; }
    public ManualClock Clock { get; } = ManualClock.On(TestRegion.Today);

    public DuplicateWorld()
    {
        Region = TestRegion.Create(Database);
        using var db = Database.System();
        var sister = TestRegion.NewPupil(Region.School1.Id, "Иванова", "Ольга", "Сергеевна", Gender.Female);
        db.Pupils.Add(sister);
        var original = Mother();
        original.ChangeSnils(Snils.Parse("112-233-445 95"));
        var duplicate = Mother();
        duplicate.ChangeContacts(PhoneNumber.Parse("+7 912 345-67-89"), null);
        var father = new Parent(PersonName.Create("Иванов", "Сергей", "Игоревич"), Gender.Male);
        db.Parents.AddRange(original, duplicate, father);
        db.SaveChanges();
        var peter = db.Pupils.Include(p => p.ParentLinks).Single(p => p.Id == Region.Pupil1.Id);
        // The test region's own mother of Пётр (no birth date) would be a third, weak candidate: she leaves the family.
        peter.DetachParent(Region.Parent1.Id);
        peter.AttachParent(original, ParentRelation.Mother);
        peter.AttachParent(father, ParentRelation.Father);
        sister.EnrollIn(db.Classes.Single(c => c.Id == Region.Class1.Id), new DateOnly(2026, 9, 1));
        sister.AttachParent(duplicate, ParentRelation.Mother);
        sister.AttachParent(father, ParentRelation.Father);
        var originalAccount = new UserAccount("ivanova.m.p1", "Иванова Мария Петровна", Role.Parent);
        originalAccount.LinkTo(parentId: original.Id);
        var duplicateAccount = new UserAccount("ivanova.m.p2", "Иванова Мария Петровна", Role.Parent);
        duplicateAccount.LinkTo(parentId: duplicate.Id);
        duplicateAccount.LinkEsia("1000000042");
        duplicateAccount.RecordSignIn(LastLogin);
        db.UserAccounts.AddRange(originalAccount, duplicateAccount);
        db.SaveChanges();
        (Original, Duplicate, Father, Sister, OriginalAccount, DuplicateAccount) =
            (original.Id, duplicate.Id, father.Id, sister.Id, originalAccount.Id, duplicateAccount.Id);
    }

    private static Parent Mother()
    {
        var mother = new Parent(PersonName.Create("Иванова", "Мария", "Петровна"), Gender.Female);
        mother.ChangeBirthDate(MotherBirth, TestRegion.Today);
        mother.ChangeDocument(IdentityDocument.Passport("7512", "123456"));
        return mother;
    }

    public DuplicateFinder Finder(PortalUser user) => new(Database.For(user));

    public ParentMergeService Merges(PortalUser user) => new(Database.For(user), Clock);

    public void Dispose() => Database.Dispose();
}
