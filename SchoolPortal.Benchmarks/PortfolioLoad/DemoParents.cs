using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Pupils;

namespace SchoolPortal.Benchmarks.PortfolioLoad;

/// <summary>
/// Picks the parents who load the page, straight from the database before the portal starts: accounts that can sign in
/// with the demo password and land on their pages (not disabled, not locked, no forced password change), each with a
/// different enrolled child in a school that keeps a journal, spread over the whole region so the load is not one
/// cached child.
/// </summary>
public static class DemoParents
{
    public const string Password = "demo";

    public static async Task<IReadOnlyList<DemoParent>> PickAsync(string databasePath, int count)
    {
        await using var db = BenchmarkDatabase.Open(databasePath);
        var journalSchools = db.Subjects.Select(s => s.SchoolId).Distinct();
        var rows = await (
                from a in db.UserAccounts
                where a.ParentId != null && a.Roles.HasFlag(Role.Parent) && !a.MustChangePassword && !a.IsDisabled && a.LockedUntil == null
                join l in db.ParentLinks on a.ParentId equals l.ParentId
                join p in db.Pupils on l.PupilId equals p.Id
                where p.Status == PupilStatus.Enrolled && p.CurrentClassId != null && journalSchools.Contains(p.SchoolId)
                orderby a.Id, p.Id
                select new { a.Id, a.Login, PupilId = p.Id })
            .AsNoTracking()
            .ToListAsync();

        var picked = Spread(rows.Select(r => new DemoParent(r.Id, r.Login, r.PupilId)), count);
        if (picked.Count == 0)
            throw new PortfolioLoadException("В базе нет ни одной учётной записи родителя с ребёнком (без смены пароля): нечего нагружать.");
        return picked;
    }

    /// <summary>
    /// One child per parent and no child twice (the planted duplicate parents share children), <paramref name="count"/> of
    /// them evenly spaced over <paramref name="rows"/> (ordered by account: the generator writes accounts school by school).
    /// </summary>
    public static IReadOnlyList<DemoParent> Spread(IEnumerable<DemoParent> rows, int count)
    {
        var taken = new HashSet<int>();
        var candidates = new List<DemoParent>();
        foreach (var account in rows.GroupBy(r => r.AccountId))
        {
            var child = account.FirstOrDefault(r => !taken.Contains(r.PupilId));
            if (child is null)
                continue;
            taken.Add(child.PupilId);
            candidates.Add(child);
        }
        var picked = Math.Min(count, candidates.Count);
        return Enumerable.Range(0, picked).Select(i => candidates[(int)((long)i * candidates.Count / picked)]).ToList();
    }
}
