using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Schedule;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Components.Shared;
using F = SchoolPortal.Features.Schedule.YearEventForm;
using SchoolPortal.Domain.Journal;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.Schedule;

/// <summary>Расписание → События года: parent meetings, extracurricular events, control works, school-wide events. The administrator edits; teachers read.</summary>
public sealed class YearEventService(PortalDb portalDb, TimeProvider clock)
{
    public async Task<YearEventOptions> OptionsAsync(CancellationToken ct = default)
    {
        var (user, schoolId) = ScheduleAccess.Ensure(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var today = CardCalendar.Today(clock);
        var year = await SchoolYear.CurrentAsync(db, schoolId, today, ct);
        var months = year is null ? ScheduleCalendar.MonthsOfYear(today) : ScheduleCalendar.MonthsOfYear(year.StartsOn);
        var current = months.Contains(ScheduleCalendar.MonthOf(today)) ? ScheduleCalendar.MonthOf(today) : months[0];
        return new YearEventOptions(months, current, await SchoolYear.ClassesAsync(db, schoolId, year?.Id, ct), ScheduleAccess.CanEdit(user));
    }

    public async Task<IReadOnlyList<YearEventRow>> ListAsync(DateOnly month, CancellationToken ct = default)
    {
        var (_, schoolId) = ScheduleAccess.Ensure(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var from = ScheduleCalendar.MonthOf(month);
        var to = from.AddMonths(1).AddDays(-1);
        var events = await db.YearEvents.AsNoTracking().Where(e => e.SchoolId == schoolId && e.Date >= from && e.Date <= to).ToListAsync(ct);
        var names = await SchoolNames.LoadAsync(db, schoolId, ct);
        return events.OrderBy(e => e.Date).ThenBy(e => e.StartsAt ?? TimeOnly.MinValue).ThenBy(e => e.Id)
            .Select(e => new YearEventRow(e.Id, e.Kind, e.Title, e.Date, e.StartsAt, AudienceText(e, names), e.Description))
            .ToList();
    }

    public async Task<YearEventForm?> LoadAsync(int id, CancellationToken ct = default)
    {
        var (_, schoolId) = ScheduleAccess.Ensure(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var e = await db.YearEvents.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id && x.SchoolId == schoolId, ct);
        return e is null
            ? null
            : new YearEventForm
            {
                Id = e.Id,
                Kind = e.Kind,
                Title = e.Title,
                Date = e.Date,
                StartsAt = e.StartsAt is { } t ? ScheduleCalendar.Time(t) : null,
                Audience = e.Audience,
                Grades = e.Audience == EventAudience.Grades ? e.AudienceList : [],
                ClassIds = e.Audience == EventAudience.Classes ? e.AudienceList : [],
                Description = e.Description,
            };
    }

    public async Task<CardSaveResult> SaveAsync(YearEventForm form, CancellationToken ct = default)
    {
        var (user, schoolId) = ScheduleAccess.Ensure(await portalDb.UserAsync());
        if (!ScheduleAccess.CanEdit(user))
            return CardSaveResult.Refused(ScheduleAccess.AdminOnly);
        var errors = new FieldErrors();
        if (form.Date is null)
            errors.Add(F.DateField, "Укажите дату события.");
        TimeOnly? startsAt = string.IsNullOrWhiteSpace(form.StartsAt) ? null : errors.Try(() => ScheduleCalendar.ParseTime(form.StartsAt, F.TimeField), F.TimeField);
        await using var db = await portalDb.OpenAsync();
        AcademicYear? year = null;
        if (form.Date is { } date)
        {
            var startYear = AcademicYear.StartYearOf(date);
            year = await db.AcademicYears.AsNoTracking().SingleOrDefaultAsync(y => y.SchoolId == schoolId && y.StartYear == startYear, ct);
            if (year is null)
                errors.Add(F.DateField, $"Учебный год {startYear}/{startYear + 1} в школе не создан: выберите дату в текущем учебном году.");
        }
        var ids = form.AudienceIds.ToList();
        if (form.Audience == EventAudience.Classes && year is not null && ids.Count > 0)
        {
            var own = await db.Classes.AsNoTracking().Where(c => c.SchoolId == schoolId && c.AcademicYearId == year.Id && ids.Contains(c.Id))
                .CountAsync(ct);
            if (own != ids.Distinct().Count())
                errors.Add(F.AudienceField, "Выберите классы своей школы из учебного года события.");
        }

        YearEvent? yearEvent = null;
        if (!form.IsNew)
        {
            yearEvent = await db.YearEvents.SingleOrDefaultAsync(e => e.Id == form.Id && e.SchoolId == schoolId, ct);
            if (yearEvent is null)
                return CardSaveResult.Refused("Событие не найдено: его удалили. Обновите страницу.");
            if (year is not null && yearEvent.AcademicYearId != year.Id)
                errors.Add(F.DateField, "Событие нельзя перенести в другой учебный год: удалите его и добавьте заново.");
        }
        if (!errors.IsEmpty || year is null)
            return CardSaveResult.Refused(errors);

        if (yearEvent is null)
        {
            yearEvent = errors.TryAt(() => new YearEvent(schoolId, year.Id, form.Kind, form.Title ?? "", form.Date!.Value, startsAt, form.Audience,
                ids, form.Description), F.TitleField, field => field ?? F.TitleField);
            if (yearEvent is not null)
                db.YearEvents.Add(yearEvent);
        }
        else
            errors.TryAt(() => yearEvent.Change(form.Kind, form.Title, form.Date!.Value, startsAt, form.Audience, ids, form.Description),
                F.TitleField, field => field ?? F.TitleField);
        if (!errors.IsEmpty || yearEvent is null)
            return CardSaveResult.Refused(errors);
        return await ScheduleSave.OnceAsync(db, () => yearEvent.Id, ct);
    }

    public async Task<CardSaveResult> DeleteAsync(int id, CancellationToken ct = default)
    {
        var (user, schoolId) = ScheduleAccess.Ensure(await portalDb.UserAsync());
        if (!ScheduleAccess.CanEdit(user))
            return CardSaveResult.Refused(ScheduleAccess.AdminOnly);
        await using var db = await portalDb.OpenAsync();
        var yearEvent = await db.YearEvents.SingleOrDefaultAsync(e => e.Id == id && e.SchoolId == schoolId, ct);
        if (yearEvent is null)
            return CardSaveResult.Refused("Событие не найдено: его уже удалили.");
        db.YearEvents.Remove(yearEvent);
        return await ScheduleSave.OnceAsync(db, () => id, ct);
    }

    private static string AudienceText(YearEvent e, SchoolNames names) => e.Audience switch
    {
        EventAudience.Grades => $"Параллели: {string.Join(", ", e.AudienceList)}",
        EventAudience.Classes => $"Классы: {string.Join(", ", e.AudienceList.Select(names.Class))}",
        _ => "Вся школа",
    };
}
