using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Camps;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Features.Camps;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Camps;

/// <summary>
/// The staff's side of <see cref="CampWorld"/>: a second camp in district 2 with its operator, families of school 2, and the
/// staff services as a given user sees them at a given moment.
/// </summary>
public sealed class CampStaffKit(CampWorld world)
{

    public CampWorld World { get; } = world;

    public PortalUser District2Operator => new(1005, "mo2", "Оператор района 2", Role.MunicipalOperator, null, World.Region.District2.Id);

    public CampCatalogService Catalog(PortalUser user, DateTimeOffset now) => new(World.Database.For(user), World.Allocator(now));

    public CampApplicationsService Applications(PortalUser user, DateTimeOffset now) =>
        new(World.Database.For(user), World.Allocator(now), World.Filing(user, now), new ManualClock(now));

    /// <summary>A country camp of district 2 with one shift of <paramref name="places"/>.</summary>
    public (Camp Camp, CampShift Shift) DistrictTwoCamp(int places)
    {
        using var db = World.Database.System();
        var camp = new Camp("Лагерь «Сосновый бор»", CampKind.Country, "Челябинская обл., Второй район", World.Region.District2.Id);
        db.Camps.Add(camp);
        db.SaveChanges();
        var shift = new CampShift(camp.Id, "1 смена", new DateOnly(2027, 7, 1), new DateOnly(2027, 7, 21), places, 7, 15, 30_000m, 6_000m);
        db.CampShifts.Add(shift);
        db.SaveChanges();
        return (camp, shift);
    }

    /// <summary>A child of school 2 («Зимина»), her mother and her parent account.</summary>
    public Family SchoolTwoFamily() => World.NewFamily(new DateOnly(2016, 5, 2), World.Region.School2.Id, "Зимина");
}
