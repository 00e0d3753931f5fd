using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Audit;
using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Data;

/// <summary>
/// The write half of school scoping: before a save, every record being added, changed or deleted must belong to the
/// acting user's school or district. Reads are limited by the query filters; this stops writes that name a foreign id.
/// </summary>
internal sealed class ScopeGuard(PortalDbContext db)
{
    public async Task CheckAsync(CancellationToken ct)
    {
        var scope = db.Scope;
        if (scope.Unrestricted)
            return;
        var changed = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && !e.Metadata.IsOwned())
            .ToList();
        if (changed.Count == 0)
            return;

        var schools = new HashSet<int>();
        foreach (var entry in changed)
        {
            switch (entry.Entity)
            {
                case AuditEntry:
                    break;
                // The Data Protection key manager writes its keys through the context it resolves from the container
                // (Infrastructure/Security/PortalKeyRing), which acts for nobody: keys belong to no school.
                case Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey:
                    break;
                case Domain.Schools.School school:
                    schools.Add(school.Id);
                    break;
                case Domain.Schools.StudyPeriod period:
                    schools.Add(await db.AcademicYears.IgnoreQueryFilters().Where(y => y.Id == period.AcademicYearId)
                        .Select(y => (int?)y.SchoolId).FirstOrDefaultAsync(ct) ?? throw Denied("учебный период"));
                    break;
                case ISchoolScoped scoped:
                    schools.Add(scoped.SchoolId);
                    if (entry.State == EntityState.Modified && entry.Property(nameof(ISchoolScoped.SchoolId)).OriginalValue is int before)
                        schools.Add(before);
                    break;
                case Domain.Enrollment.ApplicationStatusChange h:
                    schools.Add(await ApplicationSchoolAsync(h, ct));
                    break;
                case ClassMembership m:
                    schools.Add(await PupilSchoolAsync(m.PupilId, entry, ct));
                    break;
                case ParentLink l:
                    schools.Add(await PupilSchoolAsync(l.PupilId, entry, ct));
                    break;
                case Parent p when entry.State != EntityState.Added:
                    if (!await db.Parents.AnyAsync(x => x.Id == p.Id, ct))
                        throw Denied("родителя");
                    break;
                case Parent:
                    break;
                case UserAccount a:
                    if (a.SchoolId is { } s)
                        schools.Add(s);
                    else if (a.ParentId is { } parentId && entry.State != EntityState.Added && !await db.Parents.AnyAsync(x => x.Id == parentId, ct))
                        throw Denied("учетную запись");
                    else if (a.SchoolId is null && a.ParentId is null)
                        throw Denied("учетную запись");
                    break;
                // A record saved despite a match: written by the school that saved the record.
                case Domain.People.DuplicateOverride o:
                    schools.Add(o.SchoolId ?? throw Denied("отметку о совпадении"));
                    break;
                case Domain.Camps.Camp camp:
                    CheckDistrict(camp.MunicipalityId, entry.State == EntityState.Modified
                        ? (int)entry.Property(nameof(Domain.Camps.Camp.MunicipalityId)).OriginalValue! : camp.MunicipalityId, "лагерь другого района");
                    break;
                case Domain.Camps.CampShift shift:
                    var district = await db.Camps.Where(c => c.Id == shift.CampId).Select(c => (int?)c.MunicipalityId).SingleOrDefaultAsync(ct);
                    CheckDistrict(district ?? 0, district ?? 0, "смену лагеря другого района");
                    break;
                case Domain.Camps.CampApplication application:
                    if (application.MunicipalityId != scope.MunicipalityId || scope.MunicipalityId is null)
                        schools.Add(application.SchoolId);
                    break;
                case Domain.Camps.CampNotice notice:
                    if (!await db.CampApplications.AnyAsync(a => a.Id == notice.ApplicationId, ct))
                        throw Denied("уведомление по чужому заявлению");
                    break;
                // A status message to EPGU about an application in scope (a refusal at the intake has none: the system's alone).
                case Domain.Camps.CampEpguMessage message:
                    if (message.ApplicationId is not { } applicationId || !await db.CampApplications.AnyAsync(a => a.Id == applicationId, ct))
                        throw Denied("сообщение ЕПГУ по чужому заявлению");
                    break;
                case Domain.Camps.CampStatusChange change:
                    var owner = db.ChangeTracker.Entries<Domain.Camps.CampApplication>()
                        .FirstOrDefault(a => a.Entity.Id == change.ApplicationId && change.ApplicationId != 0 || a.Entity.History.Contains(change))?.Entity
                        ?? await db.CampApplications.SingleOrDefaultAsync(a => a.Id == change.ApplicationId, ct)
                        ?? throw Denied("заявление на путевку");
                    if (owner.MunicipalityId != scope.MunicipalityId || scope.MunicipalityId is null)
                        schools.Add(owner.SchoolId);
                    break;
                case Domain.Accounts.LinkCode code:
                    if (!await db.UserAccounts.AnyAsync(a => a.Id == code.AccountId, ct))
                        throw Denied("код привязки");
                    break;
                default:
                    throw Denied("эту запись");
            }
        }

        var allowed = await db.Schools.Where(s => schools.Contains(s.Id)).Select(s => s.Id).ToListAsync(ct);
        if (schools.Except(allowed).Any())
            throw Denied("запись другой школы");
    }

    private async Task<int> PupilSchoolAsync(int pupilId, Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry, CancellationToken ct)
    {
        var tracked = db.ChangeTracker.Entries<Pupil>().FirstOrDefault(p => p.Entity.Id == pupilId && pupilId != 0
            || p.Entity.Memberships.Contains(entry.Entity) || p.Entity.ParentLinks.Contains(entry.Entity));
        if (tracked is not null)
            return tracked.Entity.SchoolId;
        return await db.Pupils.Where(p => p.Id == pupilId).Select(p => (int?)p.SchoolId).SingleOrDefaultAsync(ct)
            ?? throw Denied("ученика другой школы");
    }

    private async Task<int> ApplicationSchoolAsync(Domain.Enrollment.ApplicationStatusChange change, CancellationToken ct)
    {
        var tracked = db.ChangeTracker.Entries<Domain.Enrollment.EnrollmentApplication>()
            .FirstOrDefault(a => a.Entity.Id == change.ApplicationId && change.ApplicationId != 0 || a.Entity.History.Contains(change));
        if (tracked is not null)
            return tracked.Entity.SchoolId;
        return await db.EnrollmentApplications.Where(a => a.Id == change.ApplicationId).Select(a => (int?)a.SchoolId).SingleOrDefaultAsync(ct)
            ?? throw Denied("заявление другой школы");
    }

    /// <summary>A camp or its shift: only the municipal operator of its district (before and after the change) writes it.</summary>
    private void CheckDistrict(int now, int before, string what)
    {
        if (db.Scope.MunicipalityId is not { } mine || now != mine || before != mine)
            throw Denied(what);
    }

    private AccessDeniedException Denied(string what) =>
        new($"Нет прав изменять {what}: ваш доступ — {db.Scope}.");
}
