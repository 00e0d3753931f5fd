using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Journal;
using SchoolPortal.Domain.Schedule;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Components.Shared;
using SchoolPortal.Infrastructure;
using SchoolPortal.Infrastructure.Telemetry;

namespace SchoolPortal.Features.Journal;

/// <summary>
/// The class journal: load a class × subject × period, save cells, marks' details, lessons and final marks, close and reopen
/// periods, read a cell's history. Every save checks the rights (<see cref="JournalRights"/>), the period's lock and the
/// pupil's place in the class, and names the version it started from: a stale save is refused with the current value,
/// never written over it. Each call opens one short context; reads are a few set-based queries.
/// </summary>
/// <param name="metrics">Counts the saves; null where a test or a benchmark builds the service by hand.</param>
public sealed class JournalService(PortalDb portalDb, TimeProvider clock, PortalMetrics? metrics = null)
{
    private const string LessonNotFound = "Урок не найден: его нет или он относится к другой школе.";
    private const string WriteFailed = "Не удалось сохранить: база данных отклонила изменение. Обновите журнал и попробуйте ещё раз.";

    /// <summary>The picker: classes, subjects and periods of the current year, today's period, the user's own workload first.</summary>
    public async Task<JournalOptions> OptionsAsync(CancellationToken ct = default)
    {
        var user = JournalAccess.Ensure(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        return await JournalOptionsQuery.LoadAsync(db, user, CardCalendar.Today(clock), ct);
    }

    /// <summary>The journal of a class × subject × study period (and group), or null when any of them is not in the user's school.</summary>
    public async Task<JournalSheet?> LoadAsync(int classId, int subjectId, int studyPeriodId, int? group = null, CancellationToken ct = default)
    {
        var user = JournalAccess.Ensure(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        return await JournalSheetQuery.LoadAsync(db, user, classId, subjectId, studyPeriodId, group, CardCalendar.Today(clock), ct);
    }

    /// <summary>The period and year final marks of a class × subject, or null when the class or subject is not in the user's school.</summary>
    public async Task<JournalFinals?> LoadFinalsAsync(int classId, int subjectId, int? group = null, CancellationToken ct = default)
    {
        var user = JournalAccess.Ensure(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        return await JournalFinalsQuery.LoadAsync(db, user, classId, subjectId, group, CardCalendar.Today(clock), ct);
    }

    /// <summary>Saves what the teacher typed into a cell («5», «54 н», «» clears it); <paramref name="expectedVersion"/> is the version the grid showed.</summary>
    public async Task<CellSaveResult> SaveCellAsync(int lessonId, int pupilId, string? typedText, int expectedVersion, CancellationToken ct = default) =>
        Counted("cell", await ChangeCellAsync(lessonId, pupilId, expectedVersion,
            t => CellInput.Parse(typedText, t.Cell?.Marks ?? MarkList.Empty, t.WorkType, t.Grading), ct));

    /// <summary>Gives the mark number <paramref name="markIndex"/> (0-based) of a cell another work type and weight.</summary>
    public Task<CellSaveResult> SaveMarkDetailsAsync(int lessonId, int pupilId, int markIndex, WorkType workType, decimal weight, int expectedVersion,
        CancellationToken ct = default) =>
        ChangeCellAsync(lessonId, pupilId, expectedVersion, t =>
        {
            var current = t.Cell?.Content ?? CellContent.Empty;
            return current with { Marks = current.Marks.Change(markIndex, workType, weight) };
        }, ct);

    /// <summary>The lesson's topic, work type and homework. Errors are keyed «topic», «homework», «homeworkLink», «homeworkDueOn» or general.</summary>
    public async Task<CardSaveResult> SaveLessonAsync(int lessonId, string? topic, WorkType workType, string? homework, string? homeworkLink,
        DateOnly? homeworkDueOn, CancellationToken ct = default)
    {
        var user = JournalAccess.Ensure(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var found = await db.Lessons
            .Where(l => l.Id == lessonId)
            .Select(l => new
            {
                Lesson = l,
                Period = db.StudyPeriods.FirstOrDefault(p => p.Id == l.StudyPeriodId),
                Substitution = db.Substitutions.FirstOrDefault(s => s.LessonId == l.Id),
            })
            .SingleOrDefaultAsync(ct);
        if (found?.Period is null)
            return CardSaveResult.Refused(LessonNotFound);
        try
        {
            JournalRights.Check(found.Lesson.TeacherId, found.Substitution, user.EmployeeId, JournalAccess.IsAdmin(user));
            found.Period.CheckOpen();
            found.Lesson.Describe(topic, workType);
            found.Lesson.SetHomework(homework, homeworkLink, homeworkDueOn);
        }
        catch (DomainException e)
        {
            var field = e.Field is "topic" or "homework" or "homeworkLink" or "homeworkDueOn" ? e.Field : FieldErrors.General;
            return CardSaveResult.Refused(field, e.Message);
        }
        return await WriteAsync(db, () => CardSaveResult.Saved(lessonId), CardSaveResult.Refused, ct);
    }

    /// <summary>
    /// Sets a final mark: of the period <paramref name="studyPeriodId"/>, or of the year when it is null. Empty text clears it.
    /// Only the subject's teacher in the class (workload or lessons) or a school administrator.
    /// </summary>
    public async Task<CellSaveResult> SaveFinalMarkAsync(int pupilId, int classId, int subjectId, int? studyPeriodId, string? text, int expectedVersion,
        CancellationToken ct = default) =>
        Counted("final", await ChangeFinalMarkAsync(pupilId, classId, subjectId, studyPeriodId, text, expectedVersion, ct));

    private async Task<CellSaveResult> ChangeFinalMarkAsync(int pupilId, int classId, int subjectId, int? studyPeriodId, string? text, int expectedVersion,
        CancellationToken ct)
    {
        var user = JournalAccess.Ensure(await portalDb.UserAsync());
        var employeeId = user.EmployeeId;
        await using var db = await portalDb.OpenAsync();
        var target = await db.Classes
            .Where(c => c.Id == classId)
            .Select(c => new
            {
                c.SchoolId,
                c.AcademicYearId,
                Year = db.AcademicYears.Where(y => y.Id == c.AcademicYearId).Select(y => new { y.StartsOn, y.EndsOn, y.Status }).FirstOrDefault(),
                Grading = db.Subjects.Where(s => s.Id == subjectId && s.SchoolId == c.SchoolId).Select(s => (GradingScale?)s.Grading).FirstOrDefault(),
                Teaches = db.Workloads.Any(w => w.ClassId == c.Id && w.SubjectId == subjectId && w.TeacherId == employeeId)
                    || db.Lessons.Any(l => l.ClassId == c.Id && l.SubjectId == subjectId && l.TeacherId == employeeId),
                Final = db.FinalMarks.FirstOrDefault(f => f.ClassId == c.Id && f.SubjectId == subjectId && f.PupilId == pupilId
                    && f.StudyPeriodId == studyPeriodId),
            })
            .SingleOrDefaultAsync(ct);
        if (target?.Grading is not { } grading || target.Year is null)
            return CellSaveResult.Refused("Класс или предмет не найден: его нет или он относится к другой школе.");
        StudyPeriod? period = null;
        if (studyPeriodId is { } periodId)
        {
            period = await db.StudyPeriods.AsNoTracking().FirstOrDefaultAsync(p => p.Id == periodId && p.AcademicYearId == target.AcademicYearId, ct);
            if (period is null)
                return CellSaveResult.Refused("Учебный период не найден в учебном году этого класса.");
        }
        var (from, to) = period is null ? (target.Year.StartsOn, target.Year.EndsOn) : (period.StartsOn, period.EndsOn);

        MarkValue? value;
        try
        {
            if (!JournalAccess.IsAdmin(user) && !target.Teaches)
                throw new DomainException(JournalAccess.FinalsNotYours);
            period?.CheckOpen();
            if (target.Year.Status == AcademicYearStatus.Closed)
                throw new DomainException("Учебный год закрыт: итоговые отметки изменить нельзя.");
            if (!await db.ClassMemberships.AnyAsync(m => m.PupilId == pupilId && m.SchoolClassId == classId && m.From <= to
                    && (m.To == null || m.To >= from), ct))
                throw new DomainException(period is null ? "Ученик не учился в этом классе в этом учебном году." : "Ученик не учился в этом классе в этом периоде.");
            value = CellInput.ParseFinal(text, grading);
        }
        catch (DomainException e)
        {
            return CellSaveResult.Refused(e.Message);
        }

        var final = target.Final;
        if (final is null)
        {
            if (value is null && expectedVersion == 0)
                return CellSaveResult.Saved((MarkValue?)null, 0);
            final = new FinalMark(target.SchoolId, target.AcademicYearId, classId, subjectId, pupilId, studyPeriodId);
            db.FinalMarks.Add(final);
        }
        else if (final.Value == value)
            return CellSaveResult.Saved(final.Value, final.Version);
        try
        {
            final.Change(value, expectedVersion, JournalFormat.Author(user.DisplayName, user.Login), clock.GetUtcNow());
        }
        catch (EditConflictException e)
        {
            return CellSaveResult.Conflict(e);
        }
        var saved = final;
        return await WriteAsync(db, () => CellSaveResult.Saved(saved.Value, saved.Version), CellSaveResult.Refused, ct,
            () => CurrentFinalAsync(db, classId, subjectId, pupilId, studyPeriodId, value, ct));
    }

    /// <summary>Counts a save for the metrics by its outcome only: who saved which mark never leaves the journal.</summary>
    private CellSaveResult Counted(string kind, CellSaveResult result)
    {
        metrics?.MarkSave(kind, result.Status switch
        {
            CellSaveStatus.Saved => "saved",
            CellSaveStatus.Conflict => "conflict",
            _ => "refused",
        });
        return result;
    }

    public Task<CardSaveResult> ClosePeriodAsync(int studyPeriodId, CancellationToken ct = default) => LockPeriodAsync(studyPeriodId, true, ct);

    public Task<CardSaveResult> ReopenPeriodAsync(int studyPeriodId, CancellationToken ct = default) => LockPeriodAsync(studyPeriodId, false, ct);

    /// <summary>The changes of a cell from the audit log, newest first: who, when, old → new.</summary>
    public async Task<IReadOnlyList<CellHistoryEntry>> CellHistoryAsync(int lessonId, int pupilId, CancellationToken ct = default)
    {
        JournalAccess.Ensure(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var cellId = await db.JournalCells.Where(c => c.LessonId == lessonId && c.PupilId == pupilId).Select(c => (int?)c.Id).FirstOrDefaultAsync(ct);
        if (cellId is null)
            return [];
        // Ordered by id, not by time: SQLite cannot order by DateTimeOffset, and ids grow with time anyway.
        var entries = await db.AuditLog.AsNoTracking()
            .Where(a => a.EntityType == nameof(JournalCell) && a.EntityId == cellId)
            .OrderBy(a => a.Id)
            .Take(500)
            .ToListAsync(ct);
        // A teacher reads who changed the mark by name («Смирнова Ольга Ивановна»), not by login.
        var authors = entries.Where(e => e.ActorAccountId is not null).Select(e => e.ActorAccountId!.Value).Distinct().ToList();
        var names = await db.UserAccounts.AsNoTracking().Where(a => authors.Contains(a.Id))
            .Select(a => new { a.Id, a.DisplayName }).ToDictionaryAsync(a => a.Id, a => a.DisplayName, ct);
        return JournalCellHistory.Read(entries, names);
    }

    private async Task<CellSaveResult> ChangeCellAsync(int lessonId, int pupilId, int expectedVersion, Func<CellTarget, CellContent> next,
        CancellationToken ct)
    {
        var user = JournalAccess.Ensure(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var target = await ReadTargetAsync(db, lessonId, pupilId, ct);
        if (target?.Period is null)
            return CellSaveResult.Refused(LessonNotFound);
        CellContent content;
        try
        {
            JournalRights.Check(target.TeacherId, target.Substitution, user.EmployeeId, JournalAccess.IsAdmin(user));
            target.Period.CheckOpen();
            if (!target.InClass)
                throw new DomainException(await WhyNotInClassAsync(db, target, pupilId, ct));
            if (!target.InGroup)
                throw new DomainException("Ученик не входит в группу этого урока.");
            content = next(target);
            LessonRecords.Check(content, target.Date, CardCalendar.Today(clock));
        }
        catch (DomainException e)
        {
            return CellSaveResult.Refused(e.Message);
        }

        var cell = target.Cell;
        if (cell is null)
        {
            if (content.IsEmpty && expectedVersion == 0)
                return CellSaveResult.Saved(CellContent.Empty, 0);
            cell = new JournalCell(target.SchoolId, lessonId, pupilId);
            db.JournalCells.Add(cell);
        }
        else if (cell.Content == content)
        {
            // Nothing would change (the other teacher typed the same): no conflict to report.
            return CellSaveResult.Saved(cell.Content, cell.Version);
        }
        try
        {
            cell.Change(content, expectedVersion, JournalFormat.Author(user.DisplayName, user.Login), clock.GetUtcNow());
        }
        catch (EditConflictException e)
        {
            return CellSaveResult.Conflict(e, cell.Content);
        }
        var saved = cell;
        return await WriteAsync(db, () => CellSaveResult.Saved(saved.Content, saved.Version), CellSaveResult.Refused, ct,
            () => CurrentCellAsync(db, lessonId, pupilId, content, ct));
    }

    private static Task<CellTarget?> ReadTargetAsync(PortalDbContext db, int lessonId, int pupilId, CancellationToken ct) =>
        db.Lessons
            .Where(l => l.Id == lessonId)
            .Select(l => new CellTarget
            {
                SchoolId = l.SchoolId,
                ClassId = l.ClassId,
                TeacherId = l.TeacherId,
                Date = l.Date,
                WorkType = l.WorkType,
                Grading = db.Subjects.Where(s => s.Id == l.SubjectId).Select(s => s.Grading).FirstOrDefault(),
                Period = db.StudyPeriods.FirstOrDefault(p => p.Id == l.StudyPeriodId),
                Substitution = db.Substitutions.FirstOrDefault(s => s.LessonId == l.Id),
                InClass = db.ClassMemberships.Any(m => m.PupilId == pupilId && m.SchoolClassId == l.ClassId && m.From <= l.Date
                        && (m.To == null || m.To >= l.Date))
                    && db.Pupils.Any(p => p.Id == pupilId && (p.LeftOn == null || p.LeftOn >= l.Date)),
                InGroup = l.Group == null
                    || !db.GroupMembers.Any(g => g.ClassId == l.ClassId && g.SubjectId == l.SubjectId && g.Group == l.Group)
                    || db.GroupMembers.Any(g => g.ClassId == l.ClassId && g.SubjectId == l.SubjectId && g.Group == l.Group && g.PupilId == pupilId),
                Cell = db.JournalCells.FirstOrDefault(c => c.LessonId == l.Id && c.PupilId == pupilId),
            })
            .SingleOrDefaultAsync(ct);

    // Only on a refusal: says whether the pupil had left or had not yet come.
    private static async Task<string> WhyNotInClassAsync(PortalDbContext db, CellTarget target, int pupilId, CancellationToken ct)
    {
        var stays = await db.ClassMemberships.AsNoTracking()
            .Where(m => m.PupilId == pupilId && m.SchoolClassId == target.ClassId)
            .Select(m => new ClassStay(m.From, m.To))
            .ToListAsync(ct);
        var leftOn = await db.Pupils.Where(p => p.Id == pupilId).Select(p => p.LeftOn).FirstOrDefaultAsync(ct);
        return ClassStay.WhyNotOn(target.Date, stays, leftOn) ?? "Ученик не числится в классе на дату урока.";
    }

    private static async Task<CellSaveResult?> CurrentCellAsync(PortalDbContext db, int lessonId, int pupilId, CellContent mine, CancellationToken ct)
    {
        var current = await db.JournalCells.AsNoTracking()
            .Where(c => c.LessonId == lessonId && c.PupilId == pupilId)
            .Select(c => new { c.Marks, c.Attendance, c.Version, c.ChangedBy, c.ChangedAt })
            .FirstOrDefaultAsync(ct);
        if (current is null)
            return null;
        var content = new CellContent(current.Marks, current.Attendance);
        return content == mine
            ? CellSaveResult.Saved(content, current.Version)
            : CellSaveResult.Conflict(new EditConflictException(content.Text, current.Version, current.ChangedBy, current.ChangedAt), content);
    }

    private static async Task<CellSaveResult?> CurrentFinalAsync(PortalDbContext db, int classId, int subjectId, int pupilId, int? studyPeriodId,
        MarkValue? mine, CancellationToken ct)
    {
        var current = await db.FinalMarks.AsNoTracking()
            .Where(f => f.ClassId == classId && f.SubjectId == subjectId && f.PupilId == pupilId && f.StudyPeriodId == studyPeriodId)
            .Select(f => new { f.Value, f.Version, f.ChangedBy, f.ChangedAt })
            .FirstOrDefaultAsync(ct);
        if (current is null)
            return null;
        return current.Value == mine
            ? CellSaveResult.Saved(current.Value, current.Version)
            : CellSaveResult.Conflict(new EditConflictException(current.Value?.ToString() ?? "", current.Version, current.ChangedBy, current.ChangedAt));
    }

    private async Task<CardSaveResult> LockPeriodAsync(int studyPeriodId, bool close, CancellationToken ct)
    {
        var user = JournalAccess.Ensure(await portalDb.UserAsync());
        if (!JournalAccess.IsAdmin(user))
            return CardSaveResult.Refused(JournalAccess.AdminOnly);
        await using var db = await portalDb.OpenAsync();
        var period = await db.StudyPeriods.SingleOrDefaultAsync(p => p.Id == studyPeriodId, ct);
        if (period is null)
            return CardSaveResult.Refused("Учебный период не найден: его нет или он относится к другой школе.");
        if (close)
            period.Close();
        else
            period.Reopen();
        return await WriteAsync(db, () => CardSaveResult.Saved(studyPeriodId), CardSaveResult.Refused, ct);
    }

    /// <summary>
    /// One SaveChanges. A refused write (another school, a lost race on the version or on the unique cell) becomes a result:
    /// <paramref name="current"/> reads what is in the database now so the user sees it; it returns null when nothing is there.
    /// </summary>
    private static async Task<T> WriteAsync<T>(PortalDbContext db, Func<T> saved, Func<string, T> refused, CancellationToken ct,
        Func<Task<T?>>? current = null) where T : class
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return saved();
        }
        catch (AccessDeniedException e)
        {
            return refused(e.Message);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return (current is null ? null : await current()) ?? refused(WriteFailed);
        }
    }
}
