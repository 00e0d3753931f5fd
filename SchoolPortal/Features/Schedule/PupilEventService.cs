using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Schedule;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Components.Shared;
using SchoolPortal.Domain.Journal;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.Schedule;

/// <summary>
/// Расписание → «Вызовы и встречи»: a call of the parents to school or a meeting with a teacher for chosen pupils. The
/// school administrator enters them for any pupil of the school, a teacher for pupils of the classes they teach (their
/// workload) or lead; each family sees only its own child's events, in the portfolio feed.
/// </summary>
public sealed class PupilEventService(PortalDb portalDb, TimeProvider clock)
{
    public const string NotYourPupil = "Вызов или встречу можно назначить только ученикам классов, в которых вы преподаёте.";

    /// <summary>The pupils the user may choose, by class and name.</summary>
    public async Task<IReadOnlyList<PupilEventChoice>> ChoicesAsync(CancellationToken ct = default)
    {
        var (user, schoolId) = ScheduleAccess.Ensure(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var pupils = await Pupils(db, user, schoolId).AsNoTracking()
            .Select(p => new { p.Id, p.Name, Class = db.Classes.Where(c => c.Id == p.CurrentClassId).Select(c => new { c.Grade, c.Letter }).FirstOrDefault() })
            .ToListAsync(ct);
        return pupils.OrderBy(p => p.Class?.Grade).ThenBy(p => p.Class?.Letter).ThenBy(p => p.Name.Full, StringComparer.Ordinal)
            .Select(p => new PupilEventChoice(p.Id, p.Name.Full, p.Class is null ? "" : $"{p.Class.Grade}{p.Class.Letter}"))
            .ToList();
    }

    /// <summary>The calls and meetings from today on, of the pupils the user may choose.</summary>
    public async Task<IReadOnlyList<PupilEventRow>> UpcomingAsync(CancellationToken ct = default)
    {
        var (user, schoolId) = ScheduleAccess.Ensure(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var today = CardCalendar.Today(clock);
        var pupils = Pupils(db, user, schoolId);
        var events = await db.PupilEvents.AsNoTracking()
            .Where(e => e.SchoolId == schoolId && e.Date >= today && pupils.Any(p => p.Id == e.PupilId))
            .ToListAsync(ct);
        var choices = (await ChoicesAsync(ct)).ToDictionary(c => c.PupilId);
        return events.OrderBy(e => e.Date).ThenBy(e => e.StartsAt ?? TimeOnly.MinValue).ThenBy(e => e.Id)
            .Select(e => new PupilEventRow(e.Id, choices[e.PupilId].Name, choices[e.PupilId].ClassName, e.Kind, e.KindName, e.Date, e.StartsAt,
                e.Comment, e.Author))
            .ToList();
    }

    /// <summary>One event per chosen pupil; refused as a whole when any pupil is not the user's to choose.</summary>
    public async Task<CardSaveResult> CreateAsync(IReadOnlyCollection<int> pupilIds, PupilEventKind kind, DateOnly? date, TimeOnly? startsAt,
        string? comment, CancellationToken ct = default)
    {
        var (user, schoolId) = ScheduleAccess.Ensure(await portalDb.UserAsync());
        var ids = pupilIds.Distinct().ToList();
        if (ids.Count == 0)
            return CardSaveResult.Refused("pupils", "Выберите учеников.");
        if (date is not { } day)
            return CardSaveResult.Refused("date", "Укажите дату.");
        if (day < CardCalendar.Today(clock))
            return CardSaveResult.Refused("date", "Дата уже прошла.");
        await using var db = await portalDb.OpenAsync();
        var allowed = await Pupils(db, user, schoolId).Where(p => ids.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct);
        if (allowed.Count != ids.Count)
            return CardSaveResult.Refused("pupils", user.Has(Role.SchoolAdmin) ? "Ученик не найден в вашей школе." : NotYourPupil);
        try
        {
            var events = ids.Select(id => new PupilEvent(schoolId, id, kind, day, startsAt, comment, user.DisplayName)).ToList();
            db.PupilEvents.AddRange(events);
            await db.SaveChangesAsync(ct);
            return CardSaveResult.Saved(events[0].Id);
        }
        catch (DomainException e)
        {
            return CardSaveResult.Refused(e.Field ?? FieldErrors.General, e.Message);
        }
    }

    /// <summary>The administrator's whole school; a teacher's pupils of the classes in their workload or under their lead.</summary>
    private static IQueryable<Domain.Pupils.Pupil> Pupils(PortalDbContext db, PortalUser user, int schoolId)
    {
        var pupils = db.Pupils.Where(p => p.SchoolId == schoolId && p.CurrentClassId != null);
        if (user.Has(Role.SchoolAdmin))
            return pupils;
        var me = user.EmployeeId ?? -1;
        return pupils.Where(p => db.Workloads.Any(w => w.TeacherId == me && w.ClassId == p.CurrentClassId)
            || db.Classes.Any(c => c.Id == p.CurrentClassId && c.HomeroomTeacherId == me));
    }
}
