using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Schedule;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Components.Shared;
using F = SchoolPortal.Features.Schedule.BellForm;
using SchoolPortal.Domain.Journal;

namespace SchoolPortal.Features.Schedule;

/// <summary>Планирование → Расписание звонков. A school without bells gets the standard ones the first time anyone looks.</summary>
public sealed class BellService(PortalDb portalDb)
{
    /// <summary>Whether the user sees the editing controls (the services refuse the edits of anyone else anyway).</summary>
    public async Task<bool> CanEditAsync() => ScheduleAccess.CanEdit(ScheduleAccess.Ensure(await portalDb.UserAsync()).User);

    public async Task<IReadOnlyList<BellRow>> ListAsync(CancellationToken ct = default)
    {
        var (_, schoolId) = ScheduleAccess.Ensure(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        return await LoadAsync(db, schoolId, ct);
    }

    public async Task<CardSaveResult> SaveAsync(BellForm form, CancellationToken ct = default)
    {
        var (user, schoolId) = ScheduleAccess.Ensure(await portalDb.UserAsync());
        if (!ScheduleAccess.CanEdit(user))
            return CardSaveResult.Refused(ScheduleAccess.AdminOnly);
        var errors = new FieldErrors();
        var starts = errors.Try(() => ScheduleCalendar.ParseTime(form.StartsAt, F.StartsAtField), F.StartsAtField);
        var ends = errors.Try(() => ScheduleCalendar.ParseTime(form.EndsAt, F.EndsAtField), F.EndsAtField);
        if (form.Number is null)
            errors.Add(F.NumberField, "Укажите номер урока.");
        if (!errors.IsEmpty)
            return CardSaveResult.Refused(errors);

        await using var db = await portalDb.OpenAsync();
        var bells = await db.Bells.Where(b => b.SchoolId == schoolId).ToListAsync(ct);
        Bell? bell;
        if (form.IsNew)
        {
            if (bells.Any(b => b.Number == form.Number))
                return CardSaveResult.Refused(F.NumberField, $"Урок {form.Number} уже есть в расписании звонков: измените его.");
            bell = errors.Try(() => new Bell(schoolId, form.Number!.Value, starts, ends), F.EndsAtField);
            if (bell is null)
                return CardSaveResult.Refused(errors);
            db.Bells.Add(bell);
            bells.Add(bell);
        }
        else
        {
            bell = bells.SingleOrDefault(b => b.Id == form.Id);
            if (bell is null)
                return CardSaveResult.Refused("Звонок не найден: его удалили. Обновите страницу.");
            errors.Try(() => bell.Change(starts, ends), F.EndsAtField);
        }
        errors.Try(() => Bell.CheckSequence(bells), F.StartsAtField);
        if (!errors.IsEmpty)
            return CardSaveResult.Refused(errors);
        return await ScheduleSave.OnceAsync(db, () => bell.Id, ct);
    }

    public async Task<CardSaveResult> DeleteAsync(int id, CancellationToken ct = default)
    {
        var (user, schoolId) = ScheduleAccess.Ensure(await portalDb.UserAsync());
        if (!ScheduleAccess.CanEdit(user))
            return CardSaveResult.Refused(ScheduleAccess.AdminOnly);
        await using var db = await portalDb.OpenAsync();
        var bell = await db.Bells.SingleOrDefaultAsync(b => b.Id == id && b.SchoolId == schoolId, ct);
        if (bell is null)
            return CardSaveResult.Refused("Звонок не найден: его уже удалили.");
        if (await db.Timetable.AnyAsync(t => t.SchoolId == schoolId && t.LessonNumber == bell.Number, ct))
            return CardSaveResult.Refused($"Урок {bell.Number} есть в расписании уроков классов: сначала уберите его оттуда.");
        db.Bells.Remove(bell);
        return await ScheduleSave.OnceAsync(db, () => id, ct);
    }

    /// <summary>The school's bells, creating the standard ones (<see cref="Bell.Standard"/>) when there are none.</summary>
    internal static async Task<IReadOnlyList<BellRow>> LoadAsync(PortalDbContext db, int schoolId, CancellationToken ct)
    {
        var bells = await db.Bells.AsNoTracking().Where(b => b.SchoolId == schoolId).ToListAsync(ct);
        if (bells.Count == 0)
        {
            var standard = Bell.Standard(schoolId).ToList();
            db.Bells.AddRange(standard);
            try
            {
                await db.SaveChangesAsync(ct);
                bells = standard;
            }
            catch (Exception e) when (e is DbUpdateException or AccessDeniedException or DomainException)
            {
                // Someone else created them at the same moment, or this user may not write: show what is there.
                db.ChangeTracker.Clear();
                bells = await db.Bells.AsNoTracking().Where(b => b.SchoolId == schoolId).ToListAsync(ct);
            }
        }
        return bells.OrderBy(b => b.Number).Select(b => new BellRow(b.Id, b.Number, b.StartsAt, b.EndsAt)).ToList();
    }
}
