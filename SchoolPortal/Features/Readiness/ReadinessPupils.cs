using Microsoft.EntityFrameworkCore;
using SchoolPortal.Integrations.Epgu;
using SchoolPortal.Data;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Domain.Epgu;

namespace SchoolPortal.Features.Readiness;

/// <summary>
/// The children whose portfolio may be published on EPGU: those for whom all four conditions hold, over the whole
/// region, for the publication job (system context, no user). Only a child with a parent whose account is linked to
/// Gosuslugi can be ready (conditions 1 and 3 need the ESIA answer), so just those children are evaluated, school by school.
/// </summary>
public sealed class ReadinessPupils(IDbContextFactory<PortalDbContext> factory) : IEpguReadiness
{
    public async Task<IReadOnlySet<int>> ReadyPupilIdsAsync(CancellationToken ct)
    {
        // System scope: the EPGU publication job asks for the whole region's ready pupils, with no signed-in user.
        await using var db = factory.CreateDbContext().UseScope(AccessScope.System, AuditActor.System);
        var candidates = Candidates(db);
        var schools = await candidates.Select(p => p.SchoolId).Distinct().OrderBy(id => id).ToListAsync(ct);
        var ready = new HashSet<int>();
        foreach (var schoolId in schools)
        {
            var inputs = await ReadinessLoader.LoadAsync(db, candidates.Where(p => p.SchoolId == schoolId), ct);
            ready.UnionWith(inputs.Where(i => i.Check().IsReady).Select(i => i.Child.Id));
        }
        return ready;
    }

    private static IQueryable<Domain.Pupils.Pupil> Candidates(PortalDbContext db) =>
        ReadinessLoader.Enrolled(db).Where(p => db.ParentLinks.Any(l => l.PupilId == p.Id
            && db.UserAccounts.Any(a => a.ParentId == l.ParentId && a.EsiaOid != null && db.EsiaProfiles.Any(e => e.Oid == a.EsiaOid))));
}
