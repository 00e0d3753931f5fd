using Microsoft.EntityFrameworkCore;
using SchoolPortal.Benchmarks.PortfolioLoad;
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

    /// <summary>The parents whose child is of camp age (6–17) on 1 June of <paramref name="year"/>: the others would only be refused.</summary>
    public static async Task<IReadOnlyList<DemoParent>> OfCampAgeAsync(string databasePath, IReadOnlyList<DemoParent> parents, int year)
    {
        await using var db = BenchmarkDatabase.Open(databasePath);
        var june = new DateOnly(year, 6, 1);
        var youngest = june.AddYears(-CampShift.YoungestAge);
        var oldest = june.AddYears(-CampShift.OldestAge - 1);
        var ids = parents.Select(p => p.PupilId).ToList();
        var ofAge = (await db.Pupils.AsNoTracking().Where(p => ids.Contains(p.Id) && p.BirthDate <= youngest && p.BirthDate > oldest)
            .Select(p => p.Id).ToListAsync()).ToHashSet();
        return parents.Where(p => ofAge.Contains(p.PupilId)).ToList();
    }
}
