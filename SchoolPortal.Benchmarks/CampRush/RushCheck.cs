using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Camps;

namespace SchoolPortal.Benchmarks.CampRush;

/// <summary>
/// What the database says after the rush. Oversold: places held beyond a shift's places (counted from the applications,
/// not from the shift's own counter), plus any shift whose counter disagrees with its holders. Out of order: a granted
/// place for which an application that comes earlier in the queue (category, then filing time) chose the same shift,
/// could take it, and was already filed when the place was given — yet waits in reserve.
/// </summary>
public static class RushCheck
{
    public static async Task<(int Oversold, int OutOfOrder, int Granted, int Reserve)> RunAsync(string databasePath, int year)
    {
        await using var db = BenchmarkDatabase.Open(databasePath);
        var shifts = await db.CampShifts.AsNoTracking().Where(s => s.Year == year).ToDictionaryAsync(s => s.Id);
        var applications = await db.CampApplications.AsNoTracking().Where(a => a.Year == year).ToListAsync();
        var holders = applications.Where(a => a.HoldsPlace).ToList();
        var oversold = shifts.Values.Sum(s =>
        {
            var held = holders.Count(a => a.ShiftId == s.Id);
            return Math.Max(0, held - s.Places) + (held == s.Taken ? 0 : 1);
        });
        var reserve = applications.Where(a => a.Status == CampApplicationStatus.Reserve).ToList();
        var heldByChild = holders.GroupBy(a => a.PupilId).ToDictionary(g => g.Key, g => g.Select(a => shifts[a.ShiftId!.Value]).ToList());
        var outOfOrder = 0;
        foreach (var granted in holders)
        {
            var shift = shifts[granted.ShiftId!.Value];
            outOfOrder += reserve.Any(r => r.Choices.Contains(shift.Id) && CampQueue.ComesBefore(r, granted) && r.FiledAt <= granted.GrantedAt
                && CampQueue.CouldTake(r, shift, heldByChild.GetValueOrDefault(r.PupilId) ?? [])) ? 1 : 0;
        }
        return (oversold, outOfOrder, holders.Count, reserve.Count);
    }
}
