using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Camps;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Features.Camps;
using SchoolPortal.Features.Enrollment;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure.Jobs;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Camps;

/// <summary>
/// A small camp season on a real SQLite database: the test region, the 2027 season opening on 25 April at 09:00 (region
/// time), one country camp in district 1 with shifts the test makes, and families (a child of school 1 with a parent and
/// the parent's account) made on demand.
/// </summary>
public sealed class CampWorld
{
    public const int Year = 2027;
    public static readonly DateTimeOffset Opening = RegionTime.At(new DateOnly(2027, 4, 25), new TimeOnly(9, 0));

    private int _families;

    private CampWorld(TestDatabase database, TestRegion region, Camp camp)
    {
        Database = database;
        Region = region;
        Camp = camp;
    }

    public TestDatabase Database { get; }
    public TestRegion Region { get; }
    public Camp Camp { get; }

    public static CampWorld Create(TestDatabase database)
    {
        var region = TestRegion.Create(database);
        using var db = database.System();
        var season = new CampSeason(Year, Opening, CampSeason.DefaultPaymentWorkingDays, CampSeason.DefaultVoucherWorkingDays);
        season.ChangePayee("Управление образования", "7451000013", "40102810645370000062", "Отделение Челябинск", "017501500");
        db.CampSeasons.Add(season);
        var camp = new Camp("Лагерь «Уральские зори»", CampKind.Country, "Челябинская обл., пос. Кременкуль", region.District1.Id);
        db.Camps.Add(camp);
        db.SaveChanges();
        return new CampWorld(database, region, camp);
    }

    public CampShift Shift(int places, DateOnly? startsOn = null, int minAge = 7, int maxAge = 15, decimal share = 5_000m, string name = "1 смена")
    {
        using var db = Database.System();
        var start = startsOn ?? new DateOnly(2027, 6, 1);
        var shift = new CampShift(Camp.Id, name, start, start.AddDays(20), places, minAge, maxAge, 25_000m, share);
        db.CampShifts.Add(shift);
        db.SaveChanges();
        return shift;
    }

    /// <summary>
    /// A daughter of school 1 (or <paramref name="schoolId"/>) born on <paramref name="birthDate"/>, her mother of the same
    /// <paramref name="surname"/> and the mother's parent account.
    /// </summary>
    public Family NewFamily(DateOnly? birthDate = null, int? schoolId = null, string surname = "Летова")
    {
        var n = Interlocked.Increment(ref _families);
        using var db = Database.System();
        var child = new Pupil(schoolId ?? Region.School1.Id, PersonName.Create(surname, $"Дочь{Letters(n)}", "Ивановна"), birthDate ?? new DateOnly(2015, 3, 14),
            Gender.Female, TestRegion.Today);
        db.Pupils.Add(child);
        var parent = new Parent(PersonName.Create(surname, $"Мать{Letters(n)}", "Петровна"), Gender.Female);
        db.Parents.Add(parent);
        db.SaveChanges();
        child.AttachParent(parent, ParentRelation.Mother);
        var account = new UserAccount($"camp.parent{n}", $"{surname} М. {n}", Role.Parent);
        account.LinkTo(parentId: parent.Id);
        db.UserAccounts.Add(account);
        db.SaveChanges();
        return new Family(child.Id, parent.Id, new PortalUser(account.Id, account.Login, account.DisplayName, Role.Parent, null, null));
    }

    public CampFilingService Filing(PortalUser user, DateTimeOffset now) => Filing(user, new ManualClock(now));

    public CampFilingService Filing(PortalUser user, TimeProvider clock) => Filing(user, Allocator(clock));

    /// <summary>A parent's filing through <paramref name="allocator"/>, shared by many parents as the portal's one per node is.</summary>
    public CampFilingService Filing(PortalUser user, CampAllocator allocator) => new(Database.For(user), Database.Factory, allocator);

    public CampAllocator Allocator(DateTimeOffset now) => Allocator(new ManualClock(now));

    public CampAllocator Allocator(TimeProvider clock) => new(Database.Factory, new EnrollmentSettings(Database.Factory), clock);

    /// <summary>Names are letters only: «Дочьбв» for 2, 3.</summary>
    private static string Letters(int n) => string.Concat(n.ToString().Select(d => "абвгдежзик"[d - '0']));
}
