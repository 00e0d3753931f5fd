using Microsoft.EntityFrameworkCore;
using SchoolPortal.Benchmarks.PortfolioLoad;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Camps;
using SchoolPortal.Domain.Pupils;

namespace SchoolPortal.Benchmarks.CampRush;

/// <summary>
/// The parents of the rush, straight from the database before the portal starts: accounts that sign in with the demo
/// password and land on their pages, each with a different enrolled child of camp age all summer, spread
/// over the whole region (the generator writes accounts school by school).
/// </summary>
public static class RushParents
{
    public static async Task<IReadOnlyList<DemoParent>> PickAsync(string databasePath, int count, int year)
    {
        await using var db = BenchmarkDatabase.Open(databasePath);
        var june = new DateOnly(year, 6, 1);
        var youngest = june.AddYears(-CampShift.YoungestAge);
        // Still 17 when the last shift starts (the shifts run June to August).
        var oldest = new DateOnly(year, 9, 1).AddYears(-CampShift.OldestAge - 1);
        var rows = await (
                from a in db.UserAccounts
                where a.ParentId != null && a.Roles.HasFlag(Role.Parent) && !a.MustChangePassword && !a.IsDisabled && a.LockedUntil == null
                join l in db.ParentLinks on a.ParentId equals l.ParentId
                join p in db.Pupils on l.PupilId equals p.Id
                where p.Status == PupilStatus.Enrolled && p.BirthDate <= youngest && p.BirthDate > oldest
                orderby a.Id, p.Id
                select new { a.Id, a.Login, PupilId = p.Id })
            .AsNoTracking()
            .ToListAsync();
        return DemoParents.Spread(rows.Select(r => new DemoParent(r.Id, r.Login, r.PupilId)), count);
    }
}
