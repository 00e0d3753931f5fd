using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Features.Access;

namespace SchoolPortal.Integrations.Epgu;

/// <summary>
/// A first, simple readiness rule until the full one (all four conditions, checked against what ESIA returned) takes its
/// place: an enrolled child with a birth certificate or a passport, linked to a parent whose account is linked to ESIA (has
/// an oid). One set-based query over the region.
/// </summary>
public sealed class LinkedParentReadiness(IDbContextFactory<PortalDbContext> factory) : IEpguReadiness
{
    public async Task<IReadOnlySet<int>> ReadyPupilIdsAsync(CancellationToken ct)
    {
        await using var db = factory.CreateDbContext().UseScope(AccessScope.System, AuditActor.System);
        var ids = await db.Pupils.AsNoTracking()
            .Where(p => p.Status == PupilStatus.Enrolled && (p.BirthCertificate != null || p.Passport != null)
                && p.ParentLinks.Any(l => db.UserAccounts.Any(a => a.ParentId == l.ParentId && a.EsiaOid != null && !a.IsDisabled)))
            .Select(p => p.Id)
            .ToListAsync(ct);
        return ids.ToHashSet();
    }
}
