using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Camps;
using SchoolPortal.Domain.Common;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure.Jobs;

namespace SchoolPortal.Features.Camps;

/// <summary>
/// «Лагеря и смены»: the region operator declares the season (opening, terms, payee) and keeps every camp; a municipal
/// operator keeps the camps of their district and refuses another district's camp even named by id. A change of a
/// shift's places or ages runs under the season's lock and offers the free places to the reserve in queue order; a camp or
/// shift that an application names is never deleted.
/// </summary>
public sealed class CampCatalogService(PortalDb portalDb, CampAllocator allocator)
{
    public const string OtherDistrict = "Лагерь относится к другому району: изменять его может муниципальный оператор этого района или оператор региона.";

    /// <summary>The season and the camps the user keeps, with the shifts of <paramref name="year"/>.</summary>
    public async Task<CampCatalog> CatalogAsync(int year, CancellationToken ct = default)
    {
        var user = CampAccess.CampKeeper(await portalDb.UserAsync());
        var region = user.Has(Role.RegionOperator);
        var district = user.MunicipalityId ?? 0;
        await using var db = await portalDb.OpenAsync();
        var season = await db.CampSeasons.AsNoTracking().SingleOrDefaultAsync(s => s.Year == year, ct);
        var districts = await db.Municipalities.AsNoTracking().Where(m => region || m.Id == district).OrderBy(m => m.Name)
            .Select(m => new CampDistrict(m.Id, m.Name)).ToListAsync(ct);
        var camps = await db.Camps.AsNoTracking().Where(c => region || c.MunicipalityId == district).OrderBy(c => c.Name).ToListAsync(ct);
        var campIds = camps.Select(c => c.Id).ToList();
        var shifts = (await db.CampShifts.AsNoTracking().Where(s => s.Year == year && campIds.Contains(s.CampId)).ToListAsync(ct))
            .OrderBy(s => s.StartsOn).ThenBy(s => s.Name).ToLookup(s => s.CampId);
        var names = districts.ToDictionary(d => d.Id, d => d.Name);
        var entries = camps.Select(c => new CampEntry(c, names.GetValueOrDefault(c.MunicipalityId, ""), shifts[c.Id].ToList())).ToList();
        return new CampCatalog(year, season, entries, districts, region);
    }

    /// <summary>The years «Лагеря и смены» offers: the declared seasons and the coming summer.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(DateOnly today, CancellationToken ct = default)
    {
        CampAccess.CampKeeper(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var years = await db.CampSeasons.AsNoTracking().Select(s => s.Year).ToListAsync(ct);
        var coming = today.Month > 8 ? today.Year + 1 : today.Year;
        return years.Append(coming).Distinct().OrderByDescending(y => y).ToList();
    }

    /// <summary>Declares the season, or changes its terms and payee.</summary>
    public async Task SaveSeasonAsync(CampSeasonForm form, CancellationToken ct = default)
    {
        CampAccess.RegionOperator(await portalDb.UserAsync(), "Сроки летней кампании и реквизиты получателя платежа");
        if (form.OpensOn is not { } day)
            throw new DomainException("Укажите день открытия приема заявлений.", "opensOn");
        if (form.OpensAt is not { } minute)
            throw new DomainException("Укажите время открытия приема заявлений.", "opensAt");
        var opens = RegionTime.At(day, minute);
        await using var db = await portalDb.OpenAsync();
        var season = await db.CampSeasons.SingleOrDefaultAsync(s => s.Year == form.Year, ct);
        if (season is null)
            db.CampSeasons.Add(season = new CampSeason(form.Year, opens, form.PaymentWorkingDays, form.VoucherWorkingDays));
        else
            season.ChangeTerms(opens, form.PaymentWorkingDays, form.VoucherWorkingDays);
        season.ChangePayee(form.PayeeName, form.PayeeInn, form.PayeeAccount, form.PayeeBank, form.PayeeBik);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Adds a camp (to the municipal operator's own district, or the district the region operator chose) or changes one.</summary>
    /// <returns>The camp's id.</returns>
    public async Task<int> SaveCampAsync(CampForm form, CancellationToken ct = default)
    {
        var user = CampAccess.CampKeeper(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        Camp camp;
        if (form.Id is { } id)
        {
            camp = await db.Camps.SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw new DomainException("Лагерь не найден.", "camp");
            if (!CampAccess.Keeps(user, camp.MunicipalityId))
                throw new AccessDeniedException(OtherDistrict);
            camp.Change(form.Name, form.Kind ?? 0, form.Address);
        }
        else
        {
            var district = user.Has(Role.RegionOperator)
                ? form.MunicipalityId ?? throw new DomainException("Выберите район, к которому относится лагерь.", "municipalityId")
                : user.MunicipalityId ?? throw new AccessDeniedException(OtherDistrict);
            if (!CampAccess.Keeps(user, district))
                throw new AccessDeniedException(OtherDistrict);
            if (!await db.Municipalities.AnyAsync(m => m.Id == district, ct))
                throw new DomainException("Район не найден.", "municipalityId");
            db.Camps.Add(camp = new Camp(form.Name, form.Kind ?? 0, form.Address, district));
        }
        await db.SaveChangesAsync(ct);
        return camp.Id;
    }

    /// <summary>Deletes a camp with its shifts when no application names any of them.</summary>
    public async Task DeleteCampAsync(int campId, CancellationToken ct = default)
    {
        var user = CampAccess.CampKeeper(await portalDb.UserAsync());
        List<int> years;
        await using (var db = await portalDb.OpenAsync())
        {
            var district = await db.Camps.Where(c => c.Id == campId).Select(c => (int?)c.MunicipalityId).SingleOrDefaultAsync(ct)
                ?? throw new DomainException("Лагерь не найден.", "camp");
            if (!CampAccess.Keeps(user, district))
                throw new AccessDeniedException(OtherDistrict);
            years = await db.CampShifts.Where(s => s.CampId == campId).Select(s => s.Year).Distinct().ToListAsync(ct);
            if (years.Count == 0)
            {
                db.Camps.Remove(await db.Camps.SingleAsync(c => c.Id == campId, ct));
                await db.SaveChangesAsync(ct);
                return;
            }
        }
        if (years.Count > 1)
            throw new DomainException("У лагеря есть смены нескольких сезонов: удалите сначала смены прошлых сезонов.", "camp");
        // Under the season's lock: no application may name a shift between the check and the deletion.
        await allocator.UnderSeasonLockAsync(years[0], user.Actor, async (db, _) =>
        {
            var shiftIds = await db.CampShifts.Where(s => s.CampId == campId).Select(s => s.Id).ToListAsync(ct);
            var named = await NamingCountAsync(db, shiftIds, ct);
            if (named > 0)
                throw new DomainException($"Лагерь нельзя удалить: его смены выбраны в заявлениях ({named}). Заявления остаются в истории.", "camp");
            db.Camps.Remove(await db.Camps.SingleAsync(c => c.Id == campId, ct));
            await db.SaveChangesAsync(ct);
            return 0;
        }, ct);
    }

    /// <summary>Adds a shift to a camp the user keeps, or changes one.</summary>
    /// <returns>How many waiting applications got a place the change freed.</returns>
    public async Task<int> SaveShiftAsync(CampShiftForm form, CancellationToken ct = default)
    {
        var user = CampAccess.CampKeeper(await portalDb.UserAsync());
        if (form.StartsOn is not { } startsOn)
            throw new DomainException("Укажите первый день смены.", "startsOn");
        if (form.EndsOn is not { } endsOn)
            throw new DomainException("Укажите последний день смены.", "endsOn");
        int year;
        await using (var db = await portalDb.OpenAsync())
        {
            var campId = form.Id is { } shiftId
                ? await db.CampShifts.Where(s => s.Id == shiftId).Select(s => (int?)s.CampId).SingleOrDefaultAsync(ct)
                    ?? throw new DomainException("Смена не найдена.", "shift")
                : form.CampId;
            var district = await db.Camps.Where(c => c.Id == campId).Select(c => (int?)c.MunicipalityId).SingleOrDefaultAsync(ct)
                ?? throw new DomainException("Лагерь не найден.", "camp");
            if (!CampAccess.Keeps(user, district))
                throw new AccessDeniedException(OtherDistrict);
            if (form.Id is null)
            {
                if (!await db.CampSeasons.AnyAsync(s => s.Year == startsOn.Year, ct))
                    throw new DomainException($"Летняя кампания {startsOn.Year} года не объявлена: сначала оператор региона задает сроки сезона.", "startsOn");
                db.CampShifts.Add(new CampShift(campId, form.Name, startsOn, endsOn, form.Places, form.MinAge, form.MaxAge, form.FullPrice,
                    form.ParentShare));
                await db.SaveChangesAsync(ct);
                return 0;
            }
            year = await db.CampShifts.Where(s => s.Id == form.Id).Select(s => s.Year).SingleAsync(ct);
        }
        // Places or ages change under the season's lock: the places taken are read as they are, and freed places go to the reserve in queue order.
        return await allocator.UnderSeasonLockAsync(year, user.Actor, async (db, held) =>
        {
            var shift = await db.CampShifts.SingleAsync(s => s.Id == form.Id, ct);
            shift.Change(form.Name, startsOn, endsOn, form.Places, form.MinAge, form.MaxAge, form.FullPrice, form.ParentShare);
            await db.SaveChangesAsync(ct);
            return shift.FreePlaces > 0 ? await allocator.AllocateAsync(db, year, held, ct) : 0;
        }, ct);
    }

    /// <summary>Deletes a shift no application names.</summary>
    public async Task DeleteShiftAsync(int shiftId, CancellationToken ct = default)
    {
        var user = CampAccess.CampKeeper(await portalDb.UserAsync());
        int year;
        await using (var db = await portalDb.OpenAsync())
        {
            var shift = await db.CampShifts.Where(s => s.Id == shiftId)
                    .Join(db.Camps, s => s.CampId, c => c.Id, (s, c) => new { s.Year, c.MunicipalityId }).SingleOrDefaultAsync(ct)
                ?? throw new DomainException("Смена не найдена.", "shift");
            if (!CampAccess.Keeps(user, shift.MunicipalityId))
                throw new AccessDeniedException(OtherDistrict);
            year = shift.Year;
        }
        await allocator.UnderSeasonLockAsync(year, user.Actor, async (db, _) =>
        {
            var shift = await db.CampShifts.SingleAsync(s => s.Id == shiftId, ct);
            var named = await NamingCountAsync(db, [shiftId], ct);
            if (named > 0)
                throw new DomainException($"Смену «{shift.Name}» нельзя удалить: она выбрана в заявлениях ({named}). " +
                    "Если смена не состоится, отклоните заявления с указанием причины.", "shift");
            db.CampShifts.Remove(shift);
            await db.SaveChangesAsync(ct);
            return 0;
        }, ct);
    }

    /// <summary>Applications of any district or school that chose or hold one of the shifts (read region-wide under the lock).</summary>
    private static Task<int> NamingCountAsync(PortalDbContext db, IReadOnlyCollection<int> shiftIds, CancellationToken ct) =>
        db.CampApplications.CountAsync(a => shiftIds.Contains(a.Choice1ShiftId)
            || (a.Choice2ShiftId != null && shiftIds.Contains(a.Choice2ShiftId.Value))
            || (a.Choice3ShiftId != null && shiftIds.Contains(a.Choice3ShiftId.Value))
            || (a.ShiftId != null && shiftIds.Contains(a.ShiftId.Value)), ct);
}
