using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Schedule;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Components.Shared;
using F = SchoolPortal.Features.Schedule.WorkloadForm;
using SchoolPortal.Domain.Journal;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.Schedule;

/// <summary>
/// Планирование → Учебная нагрузка: class × subject × teacher with hours a week, a class split into groups for a subject,
/// and which pupil is in which group. The administrator edits; teachers read.
/// </summary>
public sealed class WorkloadService(PortalDb portalDb, TimeProvider clock)
{
    public async Task<WorkloadOptions> OptionsAsync(CancellationToken ct = default)
    {
        var (user, schoolId) = ScheduleAccess.Ensure(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var year = await SchoolYear.CurrentAsync(db, schoolId, CardCalendar.Today(clock), ct);
        return new WorkloadOptions(year?.Name ?? "", await SchoolYear.ClassesAsync(db, schoolId, year?.Id, ct),
            await SchoolYear.SubjectsAsync(db, schoolId, ct), await SchoolYear.TeachersAsync(db, schoolId, ct), ScheduleAccess.CanEdit(user));
    }

    /// <summary>The workload of the current year: of one class, or of all classes when <paramref name="classId"/> is null.</summary>
    public async Task<IReadOnlyList<WorkloadRow>> ListAsync(int? classId, CancellationToken ct = default)
    {
        var (_, schoolId) = ScheduleAccess.Ensure(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var year = await SchoolYear.CurrentAsync(db, schoolId, CardCalendar.Today(clock), ct);
        if (year is null)
            return [];
        var lines = await db.Workloads.AsNoTracking()
            .Where(w => w.SchoolId == schoolId && w.AcademicYearId == year.Id && (classId == null || w.ClassId == classId))
            .ToListAsync(ct);
        var names = await SchoolNames.LoadAsync(db, schoolId, ct);
        var classOrder = (await SchoolYear.ClassesAsync(db, schoolId, year.Id, ct)).Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
        return lines
            .Select(w => new WorkloadRow(w.Id, w.ClassId, names.Class(w.ClassId), w.SubjectId, names.Subject(w.SubjectId), w.TeacherId,
                names.Teacher(w.TeacherId), w.HoursPerWeek, w.Group))
            .OrderBy(r => classOrder.GetValueOrDefault(r.ClassId, int.MaxValue))
            .ThenBy(r => r.SubjectName, StringComparer.Create(CardCalendar.Russian, true))
            .ThenBy(r => r.Group)
            .ToList();
    }

    public async Task<CardSaveResult> SaveAsync(WorkloadForm form, CancellationToken ct = default)
    {
        var (user, schoolId) = ScheduleAccess.Ensure(await portalDb.UserAsync());
        if (!ScheduleAccess.CanEdit(user))
            return CardSaveResult.Refused(ScheduleAccess.AdminOnly);
        await using var db = await portalDb.OpenAsync();
        var errors = new FieldErrors();
        Workload? line = null;
        if (!form.IsNew)
        {
            line = await db.Workloads.SingleOrDefaultAsync(w => w.Id == form.Id && w.SchoolId == schoolId, ct);
            if (line is null)
                return CardSaveResult.Refused("Строка нагрузки не найдена: её удалили. Обновите страницу.");
            form.ClassId = line.ClassId;
            form.SubjectId = line.SubjectId;
        }

        var schoolClass = form.ClassId is { } classId
            ? await db.Classes.AsNoTracking().SingleOrDefaultAsync(c => c.Id == classId && c.SchoolId == schoolId, ct)
            : null;
        if (schoolClass is null)
            errors.Add(F.ClassField, "Выберите класс.");
        var subject = form.SubjectId is { } subjectId
            ? await db.Subjects.AsNoTracking().SingleOrDefaultAsync(s => s.Id == subjectId && s.SchoolId == schoolId, ct)
            : null;
        if (subject is null)
            errors.Add(F.SubjectField, "Выберите предмет.");
        if (form.TeacherId is not { } teacherId || !await db.Employees.AnyAsync(e => e.Id == teacherId && e.SchoolId == schoolId && e.DismissedOn == null, ct))
            errors.Add(F.TeacherField, "Выберите учителя из сотрудников школы.");
        if (form.HoursPerWeek is null)
            errors.Add(F.HoursField, "Укажите часы в неделю.");
        if (!errors.IsEmpty)
            return CardSaveResult.Refused(errors);

        var twins = await db.Workloads.AsNoTracking()
            .Where(w => w.ClassId == schoolClass!.Id && w.SubjectId == subject!.Id && w.Id != form.Id)
            .Select(w => w.Group).ToListAsync(ct);
        var what = $"«{subject!.Name}» в {schoolClass!.Name}";
        if (twins.Contains(form.Group))
            return CardSaveResult.Refused(F.GroupField, form.Group is { } g
                ? $"{what}: группа {g} уже есть в нагрузке."
                : $"{what} уже есть в нагрузке.");
        if (form.Group is null && twins.Count > 0)
            return CardSaveResult.Refused(F.GroupField, $"{what} уже разделён на группы: укажите номер группы.");
        if (form.Group is not null && twins.Contains(null))
            return CardSaveResult.Refused(F.GroupField,
                $"{what} ведётся для всего класса: чтобы разделить класс на группы, укажите группу в той строке.");

        if (line is null)
        {
            line = errors.Try(() => new Workload(schoolId, schoolClass.AcademicYearId, schoolClass.Id, subject.Id, form.TeacherId!.Value,
                form.HoursPerWeek!.Value, form.Group), F.HoursField);
            if (line is not null)
                db.Workloads.Add(line);
        }
        else
            errors.Try(() => line.Change(form.TeacherId!.Value, form.HoursPerWeek!.Value, form.Group), F.HoursField);
        if (!errors.IsEmpty || line is null)
            return CardSaveResult.Refused(errors);
        return await ScheduleSave.OnceAsync(db, () => line.Id, ct, $"{what} уже есть в нагрузке: строку только что добавили. Обновите страницу.");
    }

    /// <summary>Deletes a workload line; the pupils of a group nobody teaches any more lose that group.</summary>
    public async Task<CardSaveResult> DeleteAsync(int id, CancellationToken ct = default)
    {
        var (user, schoolId) = ScheduleAccess.Ensure(await portalDb.UserAsync());
        if (!ScheduleAccess.CanEdit(user))
            return CardSaveResult.Refused(ScheduleAccess.AdminOnly);
        await using var db = await portalDb.OpenAsync();
        var line = await db.Workloads.SingleOrDefaultAsync(w => w.Id == id && w.SchoolId == schoolId, ct);
        if (line is null)
            return CardSaveResult.Refused("Строка нагрузки не найдена: её уже удалили.");
        db.Workloads.Remove(line);
        if (line.Group is { } group)
            db.GroupMembers.RemoveRange(await db.GroupMembers
                .Where(g => g.ClassId == line.ClassId && g.SubjectId == line.SubjectId && g.Group == group).ToListAsync(ct));
        return await ScheduleSave.OnceAsync(db, () => id, ct);
    }

    /// <summary>The groups of a class for a subject (from the workload) and the class's current pupils with their groups.</summary>
    public async Task<GroupSplit?> GroupsAsync(int classId, int subjectId, CancellationToken ct = default)
    {
        var (_, schoolId) = ScheduleAccess.Ensure(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var names = await SchoolNames.LoadAsync(db, schoolId, ct);
        if (!names.Classes.ContainsKey(classId) || !names.Subjects.ContainsKey(subjectId))
            return null;
        var groups = await GroupsOfAsync(db, classId, subjectId, ct);
        var members = await db.GroupMembers.AsNoTracking().Where(g => g.ClassId == classId && g.SubjectId == subjectId)
            .ToDictionaryAsync(g => g.PupilId, g => g.Group, ct);
        var pupils = await PupilsAsync(db, classId, ct);
        var rows = pupils.Select(p => new GroupMemberRow(p.Id, p.Name, members.TryGetValue(p.Id, out var g) ? g : null)).ToList();
        return new GroupSplit(classId, names.Class(classId), subjectId, names.Subject(subjectId), groups, rows);
    }

    /// <summary>Puts each pupil into a group (null takes the pupil out of every group of the subject).</summary>
    public async Task<CardSaveResult> SaveGroupsAsync(int classId, int subjectId, IReadOnlyDictionary<int, int?> groupOfPupil,
        CancellationToken ct = default)
    {
        var (user, schoolId) = ScheduleAccess.Ensure(await portalDb.UserAsync());
        if (!ScheduleAccess.CanEdit(user))
            return CardSaveResult.Refused(ScheduleAccess.AdminOnly);
        await using var db = await portalDb.OpenAsync();
        if (!await db.Classes.AnyAsync(c => c.Id == classId && c.SchoolId == schoolId, ct))
            return CardSaveResult.Refused("Класс не найден.");
        var groups = await GroupsOfAsync(db, classId, subjectId, ct);
        if (groups.Count == 0)
            return CardSaveResult.Refused("Класс не разделён на группы по этому предмету: добавьте в нагрузку строки с номерами групп.");
        if (groupOfPupil.Values.FirstOrDefault(g => g is not null && !groups.Contains(g.Value)) is { } unknown)
            return CardSaveResult.Refused($"Группы {unknown} нет в нагрузке по этому предмету: есть группы {string.Join(", ", groups)}.");
        var pupils = (await PupilsAsync(db, classId, ct)).Select(p => p.Id).ToHashSet();
        if (groupOfPupil.Keys.Any(id => !pupils.Contains(id)))
            return CardSaveResult.Refused("В списке есть ученик, который не учится в этом классе. Обновите страницу.");

        var existing = await db.GroupMembers.Where(g => g.ClassId == classId && g.SubjectId == subjectId).ToDictionaryAsync(g => g.PupilId, ct);
        foreach (var (pupilId, group) in groupOfPupil)
        {
            existing.TryGetValue(pupilId, out var member);
            if (group is null)
            {
                if (member is not null)
                    db.GroupMembers.Remove(member);
            }
            else if (member is null)
                db.GroupMembers.Add(new GroupMember(schoolId, classId, subjectId, pupilId, group.Value));
            else if (member.Group != group)
                member.MoveTo(group.Value);
        }
        return await ScheduleSave.OnceAsync(db, () => classId, ct);
    }

    private static async Task<IReadOnlyList<int>> GroupsOfAsync(PortalDbContext db, int classId, int subjectId, CancellationToken ct) =>
        (await db.Workloads.AsNoTracking().Where(w => w.ClassId == classId && w.SubjectId == subjectId && w.Group != null)
            .Select(w => w.Group!.Value).ToListAsync(ct)).Distinct().Order().ToList();

    private static async Task<IReadOnlyList<(int Id, string Name)>> PupilsAsync(PortalDbContext db, int classId, CancellationToken ct) =>
        (await db.ClassMemberships.AsNoTracking().Where(m => m.SchoolClassId == classId && m.To == null)
            .Join(db.Pupils, m => m.PupilId, p => p.Id, (m, p) => new { p.Id, p.Name }).ToListAsync(ct))
        .Select(p => (p.Id, p.Name.Full))
        .OrderBy(p => p.Full, StringComparer.Create(CardCalendar.Russian, true))
        .ToList();
}
