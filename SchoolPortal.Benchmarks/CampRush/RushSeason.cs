using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Camps;
using SchoolPortal.Infrastructure.Jobs;

namespace SchoolPortal.Benchmarks.CampRush;

/// <summary>
/// The booking day the rush runs against, written into the benchmark's copy of the region before the portal starts: the
/// demo's camp season replaced by one whose booking opened at midnight of the portal's pinned day, 10 camps with one shift
/// of 60 places each (600 places), shifts that overlap in pairs, ages 6–17 so every demo child may apply.
/// </summary>
public static class RushSeason
{
    public const int Camps = 10;
    public const int PlacesPerShift = 60;

    public static async Task<IReadOnlyList<int>> WriteAsync(string databasePath, DateOnly portalDay)
    {
        await using var db = BenchmarkDatabase.Open(databasePath);
        await CalendarSeeding.SeedIfEmptyAsync(db);
        await db.CampNotices.ExecuteDeleteAsync();
        await db.CampStatusChanges.ExecuteDeleteAsync();
        await db.CampApplications.ExecuteDeleteAsync();
        await db.CampShifts.ExecuteDeleteAsync();
        await db.Camps.ExecuteDeleteAsync();
        await db.CampSeasons.ExecuteDeleteAsync();
        var year = portalDay.Year + 1;
        var season = new CampSeason(year, RegionTime.At(portalDay, TimeOnly.MinValue), CampSeason.DefaultPaymentWorkingDays, CampSeason.DefaultVoucherWorkingDays);
        season.ChangePayee("Управление образования", "7451000013", "40102810645370000062", "Отделение Челябинск", "017501500");
        db.CampSeasons.Add(season);
        var district = await db.Municipalities.Select(m => m.Id).FirstAsync();
        var camps = Enumerable.Range(1, Camps)
            .Select(i => new Camp($"Лагерь № {i}", (CampKind)(1 + i % 3), $"Челябинская обл., лагерь № {i}", district)).ToList();
        db.Camps.AddRange(camps);
        await db.SaveChangesAsync();
        var shifts = camps.Select((camp, i) =>
        {
            var start = new DateOnly(year, 6, 1).AddDays(i / 2 * 21);
            return new CampShift(camp.Id, "1 смена", start, start.AddDays(20), PlacesPerShift, CampShift.YoungestAge, CampShift.OldestAge, 30_000m, 6_000m);
        }).ToList();
        db.CampShifts.AddRange(shifts);
        await db.SaveChangesAsync();
        return shifts.Select(s => s.Id).ToList();
    }

    /// <summary>
    /// A season of the portal's own year, open, with one shift, for the requests sent before the measured minute: on the
    /// booking day the portal has been answering for hours (the refusals before the opening minute run the same path),
    /// so the first applications of the rush should not pay for compiling it. A season of its own keeps the rush's queue clean.
    /// </summary>
    public static async Task<int> WriteWarmUpAsync(string databasePath, DateOnly portalDay)
    {
        await using var db = BenchmarkDatabase.Open(databasePath);
        var season = new CampSeason(portalDay.Year, RegionTime.At(new DateOnly(portalDay.Year, 1, 1), TimeOnly.MinValue), CampSeason.DefaultPaymentWorkingDays,
            CampSeason.DefaultVoucherWorkingDays);
        season.ChangePayee("Управление образования", "7451000013", "40102810645370000062", "Отделение Челябинск", "017501500");
        db.CampSeasons.Add(season);
        var camp = new Camp("Лагерь для разогрева", CampKind.Country, "Челябинская обл.", await db.Municipalities.Select(m => m.Id).FirstAsync());
        db.Camps.Add(camp);
        await db.SaveChangesAsync();
        var shift = new CampShift(camp.Id, "1 смена", new DateOnly(portalDay.Year, 6, 1), new DateOnly(portalDay.Year, 6, 21), 20, CampShift.YoungestAge,
            CampShift.OldestAge, 30_000m, 6_000m);
        db.CampShifts.Add(shift);
        await db.SaveChangesAsync();
        return shift.Id;
    }
}
