using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Data.DemoRegion;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Tests.Cluster;

/// <summary>
/// A demo parent of a pupil and the parent's login with the password «demo» (the account made or reset here, on the
/// cluster's database).
/// </summary>
internal sealed record ClusterFamily(string Login, int ParentId, int PupilId)
{
    /// <summary>A parent of <paramref name="pupilId"/>, or of the first pupil of school 1 with a parent.</summary>
    public static async Task<ClusterFamily> OfAsync(string databasePath, int? pupilId = null)
    {
        await using var db = new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>()
            .UseSqlite($"Data Source={databasePath};Pooling=False").Options).UseScope(AccessScope.System, AuditActor.System);
        var schoolId = await db.UserAccounts.Where(a => a.Login == "admin1").Select(a => a.SchoolId).SingleAsync();
        var link = await (
            from l in db.ParentLinks
            join pupil in db.Pupils on l.PupilId equals pupil.Id
            where pupilId == null ? pupil.SchoolId == schoolId : l.PupilId == pupilId
            orderby l.PupilId, l.ParentId
            select new { l.ParentId, l.PupilId }).FirstAsync();
        var account = await db.UserAccounts.FirstOrDefaultAsync(a => a.ParentId == link.ParentId && !a.IsDisabled);
        if (account is null)
        {
            account = new UserAccount($"cluster.parent.{link.ParentId}", "Родитель (кластер)", Role.Parent);
            account.LinkTo(parentId: link.ParentId);
            db.UserAccounts.Add(account);
        }
        account.SetPassword(DemoRegionGenerator.DemoPasswordHash, mustChange: false);
        await db.SaveChangesAsync();
        return new ClusterFamily(account.Login, link.ParentId, link.PupilId);
    }
}
