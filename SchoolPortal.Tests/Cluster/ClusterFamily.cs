using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Data.DemoRegion;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Tests.Cluster;

/// <summary>A demo parent of a pupil, signed in with the password «demo» (set here on the cluster's database).</summary>
internal sealed record ClusterFamily(string Login, int ParentId, string ParentName, int PupilId)
{
    /// <summary>The parent of <paramref name="pupilId"/> with a portal login, or of the first pupil of school 1 that has one.</summary>
    public static async Task<ClusterFamily> OfAsync(string databasePath, int? pupilId = null)
    {
        await using var db = new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>()
            .UseSqlite($"Data Source={databasePath};Pooling=False").Options).UseScope(AccessScope.System, AuditActor.System);
        var schoolId = await db.UserAccounts.Where(a => a.Login == "admin1").Select(a => a.SchoolId).SingleAsync();
        var family = await (
            from link in db.ParentLinks
            join account in db.UserAccounts on link.ParentId equals account.ParentId
            join pupil in db.Pupils on link.PupilId equals pupil.Id
            where pupilId == null ? pupil.SchoolId == schoolId : link.PupilId == pupilId
            where !account.IsDisabled
            orderby link.PupilId, link.ParentId
            select new { account.Id, account.Login, link.ParentId, link.PupilId, link.Parent!.Name.Surname }).FirstAsync();
        var row = await db.UserAccounts.SingleAsync(a => a.Id == family.Id);
        row.SetPassword(DemoRegionGenerator.DemoPasswordHash, mustChange: false);
        await db.SaveChangesAsync();
        return new ClusterFamily(family.Login, family.ParentId, family.Surname, family.PupilId);
    }
}
