using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Domain.Camps;
using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.People;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure.Jobs;

namespace SchoolPortal.Features.Camps;

/// <summary>
/// Files camp applications: a parent for their own linked child, a school or operator on a parent's behalf, EPGU for a
/// family. The child's name and birth date come from the records. Whether booking is open, whether the child already
/// has an application for the same shift, and the filing time are decided inside the allocator's lock by the server's
/// clock, never the browser's.
/// </summary>
public sealed class CampFilingService(PortalDb portalDb, IDbContextFactory<PortalDbContext> factory, CampAllocator allocator)
{
    public const string NotYourChild = "Заявление можно подать только для своего ребенка, связанного с вашей учетной записью.";

    /// <summary>The children linked to the signed-in parent.</summary>
    public async Task<IReadOnlyList<CampChild>> ChildrenAsync(CancellationToken ct = default)
    {
        var user = CampAccess.Parent(await portalDb.UserAsync());
        // System scope: a family reaches its children through its own links, not a school's scope; the query keys on them.
        await using var db = factory.CreateDbContext().UseScope(AccessScope.System, user.Actor);
        var parentId = await ParentOfAsync(db, user, ct);
        if (parentId is null)
            return [];
        return await ChildrenOf(db, parentId.Value).ToListAsync(ct);
    }

    /// <summary>The signed-in parent applies for one of their linked children.</summary>
    public async Task<CampApplication> ApplyAsync(CampRequest request, CancellationToken ct = default)
    {
        var user = CampAccess.Parent(await portalDb.UserAsync());
        var child = (await ChildrenAsync(ct)).FirstOrDefault(c => c.PupilId == request.PupilId)
            ?? throw new AccessDeniedException(NotYourChild);
        return await FileAsync(CampChannel.Portal, child, request, CampAccess.Who(user), user.Actor, null, ct);
    }

    /// <summary>A school administrator or an operator registers an application a parent brought, for a child in their scope.</summary>
    public async Task<CampApplication> RegisterOnBehalfAsync(CampRequest request, int parentId, CancellationToken ct = default)
    {
        var user = CampAccess.Staff(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        // Filtered after reading: EF cannot translate a filter on the projected CampChild (a parent has few children).
        var child = (await ChildrenOf(db, parentId).ToListAsync(ct)).FirstOrDefault(c => c.PupilId == request.PupilId)
            ?? throw new DomainException("Ученик не найден среди детей этого родителя в вашей школе или районе.", "pupilId");
        return await FileAsync(CampChannel.OnBehalf, child, request, CampAccess.Who(user), user.Actor, null, ct);
    }

    /// <summary>An application from Gosuslugi (service 600173) for a child and parent the intake has identified.</summary>
    public async Task<CampApplication> FromEpguAsync(CampRequest request, int parentId, long epguOrderId, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext().UseScope(AccessScope.System, AuditActor.System);
        // Filtered after reading: EF cannot translate a filter on the projected CampChild (a parent has few children).
        var child = (await ChildrenOf(db, parentId).ToListAsync(ct)).FirstOrDefault(c => c.PupilId == request.PupilId)
            ?? throw new DomainException("Ребенок из заявления не связан с заявителем в записях региона.", "pupilId");
        return await FileAsync(CampChannel.Epgu, child, request, "ЕПГУ", AuditActor.System, epguOrderId, ct);
    }

    /// <summary>The parent record of the signed-in account; null for a disabled account or one without a parent record.</summary>
    internal static Task<int?> ParentOfAsync(PortalDbContext db, PortalUser user, CancellationToken ct) =>
        db.UserAccounts.AsNoTracking().Where(a => a.Id == user.AccountId && !a.IsDisabled).Select(a => a.ParentId).SingleOrDefaultAsync(ct);

    /// <summary>Linked children still at school, read through <paramref name="db"/>'s scope.</summary>
    internal static IQueryable<CampChild> ChildrenOf(PortalDbContext db, int parentId) =>
        from link in db.ParentLinks.AsNoTracking()
        where link.ParentId == parentId
        join pupil in db.Pupils.AsNoTracking() on link.PupilId equals pupil.Id
        join school in db.Schools.AsNoTracking() on pupil.SchoolId equals school.Id
        where pupil.Status == Domain.Pupils.PupilStatus.Enrolled
        orderby pupil.BirthDate
        select new CampChild(pupil.Id, pupil.Name.Surname + " " + pupil.Name.FirstName + (pupil.Name.Patronymic == null ? "" : " " + pupil.Name.Patronymic),
            pupil.BirthDate, pupil.SchoolId, school.ShortName, parentId);

    private async Task<CampApplication> FileAsync(CampChannel channel, CampChild child, CampRequest request, string by, AuditActor actor,
        long? epguOrderId, CancellationToken ct)
    {
        var choices = request.Choices.Distinct().ToList();
        if (choices.Count == 0)
            throw new DomainException("Выберите хотя бы одну смену.", "choices");
        if (choices.Count != request.Choices.Count)
            throw new DomainException("Одна и та же смена выбрана дважды.", "choices");
        if (choices.Count > CampApplication.MaxChoices)
            throw new DomainException($"Можно выбрать не больше {CampApplication.MaxChoices} смен.", "choices");
        int year;
        await using (var db = factory.CreateDbContext().UseScope(AccessScope.System, actor))
            year = await db.CampShifts.Where(s => s.Id == choices[0]).Select(s => (int?)s.Year).SingleOrDefaultAsync(ct)
                ?? throw new DomainException("Выбранная смена не найдена.", "choices");

        return await allocator.FileAsync(year, actor, async (db, now) =>
        {
            var season = await db.CampSeasons.AsNoTracking().SingleAsync(s => s.Year == year, ct);
            if (!season.IsOpen(now))
                throw new DomainException($"Прием заявлений откроется {RegionTime.Format(season.BookingOpensAt)} (время региона).", "opening");
            var shifts = await db.CampShifts.AsNoTracking().Where(s => choices.Contains(s.Id))
                .Join(db.Camps.AsNoTracking(), s => s.CampId, c => c.Id, (s, c) => new { Shift = s, c.MunicipalityId, Camp = c.Name })
                .ToDictionaryAsync(x => x.Shift.Id, ct);
            foreach (var id in choices)
            {
                if (!shifts.TryGetValue(id, out var chosen) || chosen.Shift.Year != year)
                    throw new DomainException("Все выбранные смены должны быть из одного сезона.", "choices");
                if (!chosen.Shift.Takes(child.BirthDate))
                    throw new DomainException($"«{chosen.Camp}», {chosen.Shift.Name}: для детей {chosen.Shift.MinAge}–{chosen.Shift.MaxAge} лет, " +
                        $"а ребенку к началу смены будет {BirthDate.AgeOn(child.BirthDate, chosen.Shift.StartsOn)}.", "choices");
            }
            var repeated = await db.CampApplications.AsNoTracking()
                .Where(a => a.PupilId == child.PupilId && a.Year == year
                    && (a.Status == CampApplicationStatus.Submitted || a.Status == CampApplicationStatus.Reserve
                        || a.Status == CampApplicationStatus.Granted || a.Status == CampApplicationStatus.Paid
                        || a.Status == CampApplicationStatus.VoucherIssued)
                    && (choices.Contains(a.Choice1ShiftId) || (a.Choice2ShiftId != null && choices.Contains(a.Choice2ShiftId.Value))
                        || (a.Choice3ShiftId != null && choices.Contains(a.Choice3ShiftId.Value))))
                .Select(a => new { a.Id, a.Year })
                .FirstOrDefaultAsync(ct);
            if (repeated is not null)
                throw new DomainException($"Для этого ребенка уже есть заявление {CampNumbers.Application(repeated.Year, repeated.Id)} на одну из этих смен.", "choices");
            var parent = await db.Parents.AsNoTracking().Where(p => p.Id == child.ParentId).Select(p => p.Name).SingleAsync(ct);
            var name = await db.Pupils.AsNoTracking().Where(p => p.Id == child.PupilId).Select(p => p.Name).SingleAsync(ct);
            return new CampApplication(year, channel, child.PupilId, child.SchoolId, shifts[choices[0]].MunicipalityId, child.ParentId,
                name, child.BirthDate, parent, now, request.Priority, request.PriorityDocument, choices, by, epguOrderId);
        }, ct);
    }
}
