using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Camps;
using SchoolPortal.Domain.Common;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure.Jobs;

namespace SchoolPortal.Features.Camps;

/// <summary>
/// «Заявления на путевки»: the camp applications of the user's scope (the region, a district, a school), each with its card,
/// and the operators' actions on it: rejecting (a held place goes back to the reserve under the season's lock), a payment
/// recorded by hand, the voucher. Every action writes the family's notice in the same transaction.
/// </summary>
public sealed class CampApplicationsService(PortalDb portalDb, CampAllocator allocator, CampFilingService filing, TimeProvider clock)
{
    public const int MaxPageSize = 200;
    public const int MaxPupilsFound = 20;
    public const string OperatorsOnly = "Отклонить заявление, внести оплату и выдать путевку может оператор района или региона.";
    public const string NotFound = "Заявление не найдено или относится к другой школе или району.";

    public async Task<CampApplicationList> ListAsync(CampApplicationFilter filter, CampApplicationSort sort = CampApplicationSort.Queue, int page = 0,
        int pageSize = 50, CancellationToken ct = default)
    {
        CampAccess.Staff(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var query = Filtered(db, filter);
        var total = await query.CountAsync(ct);
        var size = Math.Clamp(pageSize, 1, MaxPageSize);
        var ordered = sort switch
        {
            CampApplicationSort.Newest => query.OrderByDescending(a => a.FiledAt).ThenByDescending(a => a.Id),
            CampApplicationSort.Child => query.OrderBy(a => a.ChildName.Surname).ThenBy(a => a.ChildName.FirstName).ThenBy(a => a.Id),
            CampApplicationSort.Status => query.OrderBy(a => a.Status).ThenBy(a => a.Priority).ThenBy(a => a.FiledAt).ThenBy(a => a.Id),
            _ => query.OrderBy(a => a.Priority).ThenBy(a => a.FiledAt).ThenBy(a => a.Id),
        };
        var found = await ordered.Skip(Math.Max(0, page) * size).Take(size).ToListAsync(ct);
        var titles = await ShiftTitlesAsync(db, found.Where(a => a.ShiftId != null).Select(a => a.ShiftId!.Value), ct);
        var schools = await SchoolNamesAsync(db, found.Select(a => a.SchoolId), ct);
        var rows = found.Select(a => new CampApplicationRow(a.Id, a.Number, a.FiledAt, a.ChildName.Full, a.ChildBirthDate, a.Priority, a.Status, a.Channel,
            a.ShiftId is { } s ? titles.GetValueOrDefault(s) : null, schools.GetValueOrDefault(a.SchoolId, ""))).ToList();
        return new CampApplicationList(rows, total);
    }

    /// <summary>The shifts of a season, for the filters and for registering an application.</summary>
    public async Task<IReadOnlyList<CampShiftChoice>> ShiftsAsync(int year, CancellationToken ct = default)
    {
        CampAccess.Staff(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var shifts = await db.CampShifts.AsNoTracking().Where(s => s.Year == year)
            .Join(db.Camps.AsNoTracking(), s => s.CampId, c => c.Id, (s, c) => new { Shift = s, Camp = c.Name }).ToListAsync(ct);
        return shifts.OrderBy(x => x.Camp).ThenBy(x => x.Shift.StartsOn)
            .Select(x => new CampShiftChoice(x.Shift.Id, x.Shift.CampId, x.Camp, x.Shift.Title, x.Shift.FreePlaces, x.Shift.MinAge, x.Shift.MaxAge))
            .ToList();
    }

    /// <summary>The card, or null when the application is not in the user's scope (an id typed in the address included).</summary>
    public async Task<CampApplicationCard?> CardAsync(int id, CancellationToken ct = default)
    {
        var user = CampAccess.Staff(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var application = await db.CampApplications.AsNoTracking().Include(a => a.History).SingleOrDefaultAsync(a => a.Id == id, ct);
        if (application is null)
            return null;
        var school = (await SchoolNamesAsync(db, [application.SchoolId], ct)).GetValueOrDefault(application.SchoolId, "");
        var titles = await ShiftTitlesAsync(db, application.ShiftId is { } held ? [held, .. application.Choices] : application.Choices, ct);
        var actions = Decides(user) ? CampStaffActions.For(application.Status) : [];
        return new CampApplicationCard(application, school, application.Choices.Select(c => titles.GetValueOrDefault(c, "смена удалена")).ToList(),
            application.ShiftId is { } shift ? titles.GetValueOrDefault(shift) : null, actions);
    }

    /// <summary>«Отклонить»: a held place goes back and is offered to the reserve in queue order, in the same transaction.</summary>
    /// <returns>How many waiting applications got the freed place.</returns>
    public async Task<int> RejectAsync(int id, string? reason, CancellationToken ct = default)
    {
        var (user, year) = await DeciderAsync(id, ct);
        return await allocator.UnderSeasonLockAsync(year, user.Actor, async (db, held) =>
        {
            var application = await db.CampApplications.SingleAsync(a => a.Id == id, ct);
            var shiftId = application.ShiftId;
            var freed = application.Reject(reason, held.Now, CampAccess.Who(user));
            if (freed)
                (await db.CampShifts.SingleAsync(s => s.Id == shiftId, ct)).Release();
            await CampNotifications.RecordAsync(db, [application], held.Now, ct);
            await db.SaveChangesAsync(ct);
            return freed ? await allocator.AllocateAsync(db, year, held, ct) : 0;
        }, ct);
    }

    /// <summary>«Внести оплату» by hand: the exact sum due, a day not before the grant nor after today; the reference names the operator.</summary>
    public async Task RecordPaymentAsync(int id, decimal amount, DateOnly? paidOn, CancellationToken ct = default)
    {
        if (paidOn is not { } day)
            throw new DomainException("Укажите дату оплаты.", "paidOn");
        var (user, year) = await DeciderAsync(id, ct);
        await allocator.UnderSeasonLockAsync(year, user.Actor, async (db, held) =>
        {
            if (day > DateOnly.FromDateTime(RegionTime.ToRegion(held.Now).DateTime))
                throw new DomainException("Дата оплаты не может быть позже сегодняшнего дня.", "paidOn");
            var application = await db.CampApplications.SingleAsync(a => a.Id == id, ct);
            var who = CampAccess.Who(user);
            application.RecordPayment(amount, day, $"внесено оператором {who}", held.Now, who);
            await CampNotifications.RecordAsync(db, [application], held.Now, ct);
            await db.SaveChangesAsync(ct);
            return 0;
        }, ct);
    }

    /// <summary>«Выдать путевку» for a paid place.</summary>
    public async Task IssueVoucherAsync(int id, CancellationToken ct = default)
    {
        var (user, year) = await DeciderAsync(id, ct);
        await allocator.UnderSeasonLockAsync(year, user.Actor, async (db, held) =>
        {
            var application = await db.CampApplications.SingleAsync(a => a.Id == id, ct);
            application.IssueVoucher(held.Now, CampAccess.Who(user));
            await CampNotifications.RecordAsync(db, [application], held.Now, ct);
            await db.SaveChangesAsync(ct);
            return 0;
        }, ct);
    }

    /// <summary>Pupils of the user's school or district whose surname starts with <paramref name="surname"/>, with their linked parents.</summary>
    public async Task<IReadOnlyList<CampPupilOption>> FindPupilsAsync(string? surname, CancellationToken ct = default)
    {
        CampAccess.Staff(await portalDb.UserAsync());
        var typed = (surname ?? "").Trim();
        if (typed.Length < 2)
            throw new DomainException("Введите хотя бы две первые буквы фамилии.", "surname");
        var capitalised = char.ToUpperInvariant(typed[0]) + typed[1..].ToLowerInvariant();
        await using var db = await portalDb.OpenAsync();
        var pupils = await db.Pupils.AsNoTracking()
            .Where(p => p.Status == Domain.Pupils.PupilStatus.Enrolled
                && (p.Name.Surname.StartsWith(typed) || p.Name.Surname.StartsWith(capitalised)))
            .OrderBy(p => p.Name.Surname).ThenBy(p => p.Name.FirstName).ThenBy(p => p.Id).Take(MaxPupilsFound)
            .Join(db.Schools.AsNoTracking(), p => p.SchoolId, s => s.Id, (p, s) => new
            {
                p.Id, p.Name.Surname, p.Name.FirstName, p.Name.Patronymic, p.BirthDate, School = s.ShortName,
            })
            .ToListAsync(ct);
        var ids = pupils.Select(p => p.Id).ToList();
        var parents = (await db.ParentLinks.AsNoTracking().Where(l => ids.Contains(l.PupilId))
                .Join(db.Parents.AsNoTracking(), l => l.ParentId, p => p.Id, (l, p) => new
                {
                    l.PupilId, l.ParentId, l.Relation, p.Name.Surname, p.Name.FirstName, p.Name.Patronymic,
                })
                .ToListAsync(ct))
            .ToLookup(p => p.PupilId);
        return pupils.Select(p => new CampPupilOption(p.Id, Full(p.Surname, p.FirstName, p.Patronymic), p.BirthDate, p.School,
            parents[p.Id].Select(x => new CampParentOption(x.ParentId, Full(x.Surname, x.FirstName, x.Patronymic), RelationName(x.Relation))).ToList())).ToList();
    }

    /// <summary>«Зарегистрировать заявление» a parent brought: the filing service checks the child and parent in the user's scope.</summary>
    public Task<CampApplication> RegisterAsync(int pupilId, int parentId, IReadOnlyList<int> choices, CampPriority? priority, string? document,
        CancellationToken ct = default)
    {
        if (parentId == 0)
            throw new DomainException("Выберите родителя, от имени которого подано заявление.", "parentId");
        if (priority is not { } category)
            throw new DomainException("Выберите категорию: внеочередное, первоочередное или на общих основаниях.", "priority");
        return filing.RegisterOnBehalfAsync(new CampRequest(pupilId, choices, category, document), parentId, ct);
    }

    /// <summary>The year the card opens by default: the one with the latest season, or the coming summer.</summary>
    public async Task<int> CurrentYearAsync(CancellationToken ct = default)
    {
        CampAccess.Staff(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var today = RegionTime.Today(clock);
        var coming = today.Month > 8 ? today.Year + 1 : today.Year;
        var years = await db.CampSeasons.AsNoTracking().Select(s => s.Year).ToListAsync(ct);
        return years.Contains(coming) || years.Count == 0 ? coming : years.Max();
    }

    /// <summary>The seasons declared, newest first.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken ct = default)
    {
        CampAccess.Staff(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        return await db.CampSeasons.AsNoTracking().OrderByDescending(s => s.Year).Select(s => s.Year).ToListAsync(ct);
    }

    /// <summary>Operators decide on applications; a school administrator sees and registers them.</summary>
    public static bool Decides(PortalUser user) => user.Has(Role.RegionOperator) || (user.Has(Role.MunicipalOperator) && user.MunicipalityId is not null);

    /// <summary>The acting operator and the application's season, the application read through the operator's scope first.</summary>
    private async Task<(PortalUser User, int Year)> DeciderAsync(int id, CancellationToken ct)
    {
        var user = CampAccess.Staff(await portalDb.UserAsync());
        if (!Decides(user))
            throw new AccessDeniedException(OperatorsOnly);
        await using var db = await portalDb.OpenAsync();
        var year = await db.CampApplications.Where(a => a.Id == id).Select(a => (int?)a.Year).SingleOrDefaultAsync(ct)
            ?? throw new AccessDeniedException(NotFound);
        return (user, year);
    }

    private static IQueryable<CampApplication> Filtered(PortalDbContext db, CampApplicationFilter filter)
    {
        var query = db.CampApplications.AsNoTracking().Where(a => a.Year == filter.Year);
        if (filter.ShiftId is { } shift)
            query = query.Where(a => a.ShiftId == shift || a.Choice1ShiftId == shift || a.Choice2ShiftId == shift || a.Choice3ShiftId == shift);
        else if (filter.CampId is { } camp)
        {
            var shifts = db.CampShifts.Where(s => s.CampId == camp).Select(s => s.Id);
            query = query.Where(a => (a.ShiftId != null && shifts.Contains(a.ShiftId.Value)) || shifts.Contains(a.Choice1ShiftId)
                || (a.Choice2ShiftId != null && shifts.Contains(a.Choice2ShiftId.Value)) || (a.Choice3ShiftId != null && shifts.Contains(a.Choice3ShiftId.Value)));
        }
        if (filter.Status is { } status)
            query = query.Where(a => a.Status == status);
        if (filter.Priority is { } priority)
            query = query.Where(a => a.Priority == priority);
        if (!string.IsNullOrWhiteSpace(filter.Surname))
        {
            var typed = filter.Surname.Trim();
            var capitalised = char.ToUpperInvariant(typed[0]) + typed[1..].ToLowerInvariant();
            query = query.Where(a => a.ChildName.Surname.StartsWith(typed) || a.ChildName.Surname.StartsWith(capitalised));
        }
        return query;
    }

    /// <summary>
    /// The schools' names, past the scope's filter: a district's camp takes children of other districts' schools, and the
    /// district's operator sees those applications with the child's school (a school's name is public, its records are not).
    /// </summary>
    private static Task<Dictionary<int, string>> SchoolNamesAsync(PortalDbContext db, IEnumerable<int> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        return db.Schools.IgnoreQueryFilters().AsNoTracking().Where(s => wanted.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.ShortName, ct);
    }

    private static async Task<Dictionary<int, string>> ShiftTitlesAsync(PortalDbContext db, IEnumerable<int> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0)
            return [];
        var shifts = await db.CampShifts.AsNoTracking().Where(s => wanted.Contains(s.Id))
            .Join(db.Camps.AsNoTracking(), s => s.CampId, c => c.Id, (s, c) => new { Shift = s, Camp = c.Name }).ToListAsync(ct);
        return shifts.ToDictionary(x => x.Shift.Id, x => $"«{x.Camp}», {x.Shift.Title}");
    }

    private static string Full(string surname, string firstName, string? patronymic) =>
        patronymic is null ? $"{surname} {firstName}" : $"{surname} {firstName} {patronymic}";

    private static string RelationName(Domain.Parents.ParentRelation relation) => relation switch
    {
        Domain.Parents.ParentRelation.Mother => "мать",
        Domain.Parents.ParentRelation.Father => "отец",
        _ => "законный представитель",
    };
}
