using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Schedule;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Components.Shared;
using SchoolPortal.Domain.Journal;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.Schedule;

/// <summary>Планирование → Предметы: the subjects of the user's school. The administrator edits; teachers read.</summary>
public sealed class SubjectService(PortalDb portalDb)
{
    private static readonly StringComparer SameName = StringComparer.Create(CardCalendar.Russian, ignoreCase: true);

    /// <summary>Whether the user sees the editing controls (the services refuse the edits of anyone else anyway).</summary>
    public async Task<bool> CanEditAsync() => ScheduleAccess.CanEdit(ScheduleAccess.Ensure(await portalDb.UserAsync()).User);

    public async Task<IReadOnlyList<SubjectRow>> ListAsync(CancellationToken ct = default)
    {
        var (_, schoolId) = ScheduleAccess.Ensure(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var rows = await db.Subjects.AsNoTracking().Where(s => s.SchoolId == schoolId)
            .Select(s => new
            {
                s.Id,
                s.Name,
                s.Grading,
                InUse = db.Workloads.Any(w => w.SubjectId == s.Id) || db.Timetable.Any(t => t.SubjectId == s.Id)
                        || db.Lessons.Any(l => l.SubjectId == s.Id),
            })
            .ToListAsync(ct);
        return rows.Select(r => new SubjectRow(r.Id, r.Name, r.Grading, r.InUse)).OrderBy(r => r.Name, SameName).ToList();
    }

    public async Task<CardSaveResult> SaveAsync(SubjectForm form, CancellationToken ct = default)
    {
        var (user, schoolId) = ScheduleAccess.Ensure(await portalDb.UserAsync());
        if (!ScheduleAccess.CanEdit(user))
            return CardSaveResult.Refused(ScheduleAccess.AdminOnly);
        await using var db = await portalDb.OpenAsync();
        Subject? subject;
        if (form.IsNew)
        {
            try
            {
                subject = new Subject(schoolId, form.Name ?? "", form.Grading);
            }
            catch (DomainException e)
            {
                return CardSaveResult.Refused(SubjectForm.NameField, e.Message);
            }
            db.Subjects.Add(subject);
        }
        else
        {
            subject = await db.Subjects.SingleOrDefaultAsync(s => s.Id == form.Id && s.SchoolId == schoolId, ct);
            if (subject is null)
                return CardSaveResult.Refused("Предмет не найден: его удалили или он относится к другой школе.");
            try
            {
                subject.Rename(form.Name);
            }
            catch (DomainException e)
            {
                return CardSaveResult.Refused(SubjectForm.NameField, e.Message);
            }
            subject.ChangeGrading(form.Grading);
        }

        // Names are compared in memory: SQLite's lower() does not fold Cyrillic, and a school has tens of subjects.
        var others = await db.Subjects.AsNoTracking().Where(s => s.SchoolId == schoolId && s.Id != form.Id).Select(s => s.Name).ToListAsync(ct);
        if (others.Any(n => SameName.Equals(n, subject.Name)))
            return CardSaveResult.Refused(SubjectForm.NameField, $"Предмет «{subject.Name}» уже есть в этой школе.");
        return await ScheduleSave.OnceAsync(db, () => subject.Id, ct,
            "Не удалось сохранить: предмет с таким названием только что добавили. Обновите страницу.");
    }

    /// <summary>Deletes a subject nobody uses; a subject in the workload, timetable or journal stays, with the reason.</summary>
    public async Task<CardSaveResult> DeleteAsync(int id, CancellationToken ct = default)
    {
        var (user, schoolId) = ScheduleAccess.Ensure(await portalDb.UserAsync());
        if (!ScheduleAccess.CanEdit(user))
            return CardSaveResult.Refused(ScheduleAccess.AdminOnly);
        await using var db = await portalDb.OpenAsync();
        var subject = await db.Subjects.SingleOrDefaultAsync(s => s.Id == id && s.SchoolId == schoolId, ct);
        if (subject is null)
            return CardSaveResult.Refused("Предмет не найден: его уже удалили или он относится к другой школе.");
        var uses = new List<string>();
        if (await db.Workloads.AnyAsync(w => w.SubjectId == id, ct))
            uses.Add("в учебной нагрузке");
        if (await db.Timetable.AnyAsync(t => t.SubjectId == id, ct))
            uses.Add("в расписании уроков");
        if (await db.Lessons.AnyAsync(l => l.SubjectId == id, ct) || await db.Substitutions.AnyAsync(s => s.SubjectId == id, ct))
            uses.Add("в уроках классного журнала");
        if (await db.GroupMembers.AnyAsync(g => g.SubjectId == id, ct))
            uses.Add("в делении класса на группы");
        if (uses.Count > 0)
            return CardSaveResult.Refused(
                $"Предмет «{subject.Name}» нельзя удалить: он используется {string.Join(", ", uses)}. Сначала уберите его оттуда.");
        db.Subjects.Remove(subject);
        return await ScheduleSave.OnceAsync(db, () => id, ct);
    }
}
