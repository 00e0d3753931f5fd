using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Features.Enrollment;

/// <summary>
/// One child, one active grade-1 application per campaign in the region: finds the earlier active application for the same
/// birth certificate, whichever school it went to, so the new one is marked as its duplicate, never accepted twice.
/// </summary>
public sealed class RepeatedApplications(IDbContextFactory<PortalDbContext> factory, PortalDb portalDb)
{
    /// <returns>The earlier application's id and number, or null.</returns>
    public async Task<(int Id, string Number)?> FindOriginalAsync(EnrollmentApplication application, CancellationToken ct = default)
    {
        if (application.Kind != ApplicationKind.FirstGrade || application.ChildDocument is not { } document)
            return null;
        var user = await portalDb.UserAsync();
        // System scope: the rule spans the region's campaign; only the earlier application's id and number are read.
        await using var db = factory.CreateDbContext().UseScope(AccessScope.System, user.Actor);
        return await FindOriginalAsync(db, application, ct);
    }

    internal static async Task<(int Id, string Number)?> FindOriginalAsync(PortalDbContext db, EnrollmentApplication application, CancellationToken ct)
    {
        if (application.Kind != ApplicationKind.FirstGrade || application.ChildDocument is not { } document)
            return null;
        var candidates = await ActiveFirstGradeAsync(db, [document.Number], ct);
        return candidates.FirstOrDefault(application.IsSameChildAs) is { } original ? (original.Id, original.Number) : null;
    }

    /// <summary>
    /// The active grade-1 applications of the region (any school, any campaign) whose child's document number is one of
    /// <paramref name="numbers"/>, oldest first: the candidates <see cref="EnrollmentApplication.IsSameChildAs"/> decides among.
    /// </summary>
    internal static Task<List<EnrollmentApplication>> ActiveFirstGradeAsync(PortalDbContext db, IReadOnlyCollection<string> numbers, CancellationToken ct) =>
        db.EnrollmentApplications.AsNoTracking()
            .Where(a => a.Kind == ApplicationKind.FirstGrade && a.Status != ApplicationStatus.Refused && a.Status != ApplicationStatus.Withdrawn
                && a.ChildDocument != null && numbers.Contains(a.ChildDocument.Number))
            .OrderBy(a => a.Id)
            .ToListAsync(ct);
}
