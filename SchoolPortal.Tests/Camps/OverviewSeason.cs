using SchoolPortal.Domain.Camps;
using SchoolPortal.Features.Camps;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Camps;

/// <summary>
/// A small season counted by hand, for the overview's tests. District 1's camp: shift A (2 places) taken by two families
/// (one paid, one with the voucher issued is the second: paid and issued) and wanted by two more in reserve — one of them
/// also wants shift B (1 place, taken by a family that has not paid); district 2's camp: shift C (3 places), one family
/// granted and unpaid. Every child is of school 1.
/// </summary>
public sealed class OverviewSeason
{
    public const decimal Share = 5_000m;

    private OverviewSeason(CampWorld world, Camp camp2, CampShift a, CampShift b, CampShift c)
    {
        World = world;
        Camp2 = camp2;
        A = a;
        B = b;
        C = c;
    }

    public CampWorld World { get; }
    public Camp Camp2 { get; }
    public CampShift A { get; }
    public CampShift B { get; }
    public CampShift C { get; }

    public static async Task<OverviewSeason> CreateAsync(TestDatabase database)
    {
        var world = CampWorld.Create(database);
        var a = world.Shift(places: 2, share: Share, name: "1 смена");
        var b = world.Shift(places: 1, startsOn: new DateOnly(2027, 7, 1), share: Share, name: "2 смена");
        Camp camp2;
        CampShift c;
        using (var db = database.System())
        {
            camp2 = new Camp("Лагерь «Второй»", CampKind.SchoolDay, "Второй район, ул. Школьная, д. 2", world.Region.District2.Id);
            db.Camps.Add(camp2);
            db.SaveChanges();
            c = new CampShift(camp2.Id, "1 смена", new DateOnly(2027, 6, 1), new DateOnly(2027, 6, 18), 3, 7, 15, 9_800m, 1_960m);
            db.CampShifts.Add(c);
            db.SaveChanges();
        }
        var at = CampWorld.Opening.AddSeconds(1);
        async Task<CampApplication> Apply(params int[] shifts)
        {
            var family = world.NewFamily();
            at = at.AddSeconds(1);
            return await world.Filing(family.Parent, at).ApplyAsync(new CampRequest(family.PupilId, shifts, CampPriority.General, null));
        }
        var paid = await Apply(a.Id);
        var issued = await Apply(a.Id);
        await Apply(b.Id);
        await Apply(a.Id);
        await Apply(a.Id, b.Id);
        await Apply(c.Id);

        using (var db = database.System())
        {
            foreach (var id in new[] { paid.Id, issued.Id })
            {
                var application = db.CampApplications.Single(x => x.Id == id);
                application.RecordPayment(Share, new DateOnly(2027, 4, 27), $"п/п № {id}", CampWorld.Opening.AddDays(2), "оператор");
                if (id == issued.Id)
                    application.IssueVoucher(CampWorld.Opening.AddDays(3), "оператор");
            }
            db.SaveChanges();
        }
        return new OverviewSeason(world, camp2, a, b, c);
    }
}
