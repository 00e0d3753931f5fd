using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Journal;
using SchoolPortal.Domain.Schedule;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Features.Schedule;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.Portfolio;

/// <summary>
/// Builds a <see cref="ChildPortfolio"/> and a <see cref="DiaryWeek"/> with a handful of set-based, untracked queries
/// (the child, the periods, the holidays, the child's classes, the child's cells, the lessons, the class's marks, the final
/// marks, the subjects, the events), then assembles them in memory. It trusts its caller: the pupil id must already be one
/// the user may see (<see cref="PortfolioService"/>), or the caller is the system (the EPGU publication).
/// </summary>
internal static class PortfolioQuery
{
    /// <summary>Control works already written stay in the events feed this many days.</summary>
    public const int RecentControlWorkDays = 7;

    /// <summary>
    /// Control works enter the events feed this many days ahead: schools plan one or two a week per subject, and a longer
    /// horizon would drown the parent meetings.
    /// </summary>
    public const int UpcomingControlWorkDays = 14;

    private static readonly StringComparer ByName = StringComparer.Create(CardCalendar.Russian, ignoreCase: true);
    private static readonly WorkType[] ControlTypes = WorkTypes.All.Where(WorkTypes.IsControl).ToArray();

    public static async Task<ChildHead?> HeadAsync(PortalDbContext db, int pupilId, CancellationToken ct)
    {
        var pupil = await db.Pupils.AsNoTracking()
            .Where(p => p.Id == pupilId)
            .Select(p => new
            {
                p.Name.Surname,
                p.Name.FirstName,
                p.Name.Patronymic,
                p.SchoolId,
                School = db.Schools.Where(s => s.Id == p.SchoolId).Select(s => s.ShortName).FirstOrDefault(),
                // A withdrawn child has no current class: the portfolio shows the last one.
                ClassId = p.CurrentClassId ?? p.Memberships.OrderByDescending(m => m.From).Select(m => (int?)m.SchoolClassId).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(ct);
        if (pupil is null)
            return null;
        var schoolClass = pupil.ClassId is { } classId
            ? await db.Classes.AsNoTracking().Where(c => c.Id == classId)
                .Select(c => new { c.Id, c.Grade, c.Letter, c.AcademicYearId, c.HolidayPeriodId }).SingleOrDefaultAsync(ct)
            : null;
        var name = pupil.Patronymic is null ? $"{pupil.Surname} {pupil.FirstName}" : $"{pupil.Surname} {pupil.FirstName} {pupil.Patronymic}";
        var child = new PortfolioChild(pupilId, name, pupil.SchoolId, pupil.School ?? "", schoolClass?.Id,
            schoolClass is null ? null : $"{schoolClass.Grade}{schoolClass.Letter}");
        return new ChildHead(child, schoolClass?.Grade, schoolClass?.AcademicYearId, schoolClass?.HolidayPeriodId);
    }

    /// <param name="averages">Where the class averages come from: kept for other children of the class, or read fresh.</param>
    public static async Task<ChildPortfolio?> BuildAsync(PortalDbContext db, int pupilId, DateOnly today, ClassAverages averages,
        CancellationToken ct)
    {
        // One connection for the dozen queries of the page.
        await db.Database.OpenConnectionAsync(ct);
        var head = await HeadAsync(db, pupilId, ct);
        if (head is null)
            return null;
        var child = head.Child;
        if (head.AcademicYearId is not { } yearId || child.ClassId is not { } classId)
            return Empty(child, today, "Ученик не зачислен в класс: разделы портфолио появятся после зачисления.");

        var periods = await db.StudyPeriods.AsNoTracking()
            .Where(p => p.AcademicYearId == yearId)
            .OrderBy(p => p.StartsOn)
            .ToListAsync(ct);
        var holidays = await HolidaysAsync(db, head.HolidayPeriodId, ct);
        var countdown = Countdown(holidays, today);
        var begun = periods.Where(p => p.StartsOn <= today).ToList();
        var current = begun.FirstOrDefault(p => p.StartsOn <= today && today <= p.EndsOn) ?? begun.LastOrDefault();
        var shown = begun.Select(p => new PortfolioPeriod(p.Id, p.Name, p.StartsOn, p.EndsOn, p.Id == current?.Id)).ToList();
        var periodIds = periods.Select(p => p.Id).ToList();
        var yearStart = periods.Count == 0 ? today : periods[0].StartsOn;

        // The child's classes of this year (a transfer gives two), with the dates of each stay.
        var stays = await db.ClassMemberships.AsNoTracking()
            .Where(m => m.PupilId == pupilId && db.Classes.Any(c => c.Id == m.SchoolClassId && c.AcademicYearId == yearId))
            .Select(m => new { m.SchoolClassId, m.From, m.To })
            .ToListAsync(ct);
        var classIds = stays.Select(s => s.SchoolClassId).Append(classId).Distinct().ToList();

        var cells = await (
                from c in db.JournalCells.AsNoTracking()
                where c.PupilId == pupilId
                join l in db.Lessons on c.LessonId equals l.Id
                where periodIds.Contains(l.StudyPeriodId)
                select new { LessonId = l.Id, l.SubjectId, l.StudyPeriodId, l.Date, l.Number, l.Topic, l.WorkType, c.Marks, c.Attendance })
            .ToListAsync(ct);
        var currentId = current?.Id ?? 0;
        var recent = today.AddDays(-RecentControlWorkDays);
        var ahead = today.AddDays(UpcomingControlWorkDays);
        var lessons = await ChildLessons(db, pupilId, db.Lessons.Where(l => classIds.Contains(l.ClassId) && periodIds.Contains(l.StudyPeriodId)
                && ((l.StudyPeriodId == currentId && l.Date <= today) || (ControlTypes.Contains(l.WorkType) && l.Date >= recent && l.Date <= ahead))))
            .Select(l => new { l.Id, l.SubjectId, l.StudyPeriodId, l.Date, l.Number, l.Topic, l.WorkType })
            .ToListAsync(ct);
        var finals = await db.FinalMarks.AsNoTracking()
            .Where(f => f.PupilId == pupilId && f.AcademicYearId == yearId && f.StudyPeriodId != null && f.Value != null)
            .Select(f => new { f.SubjectId, PeriodId = f.StudyPeriodId!.Value, f.Value })
            .ToListAsync(ct);
        var subjectIds = cells.Select(c => c.SubjectId).Concat(lessons.Select(l => l.SubjectId)).Concat(finals.Select(f => f.SubjectId)).Distinct().ToList();
        var subjects = await db.Subjects.AsNoTracking().Where(s => subjectIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Name }).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var yearEvents = await db.YearEvents.AsNoTracking()
            .Where(e => e.SchoolId == child.SchoolId && e.AcademicYearId == yearId && e.Date >= today)
            .OrderBy(e => e.Date)
            .ToListAsync(ct);
        // Calls to school and teacher meetings of this pupil only: another family's never reach this feed.
        var ownEvents = await db.PupilEvents.AsNoTracking()
            .Where(e => e.PupilId == pupilId && e.Date >= today)
            .ToListAsync(ct);

        string SubjectName(int id) => subjects.GetValueOrDefault(id, "Предмет");

        // The class a period's average is compared with: the child's last class during that period.
        int ClassOf(PortfolioPeriod period) => stays
            .Where(s => s.From <= period.EndsOn && (s.To is null || s.To >= period.StartsOn))
            .OrderByDescending(s => s.From).Select(s => (int?)s.SchoolClassId).FirstOrDefault() ?? classId;
        var classAverages = new Dictionary<int, IReadOnlyDictionary<(int SubjectId, int PeriodId), decimal?>>();
        foreach (var id in shown.Select(ClassOf).Distinct())
            classAverages[id] = await ClassAveragesAsync(db, id, periodIds, averages, ct);
        var finalOf = finals.ToDictionary(f => (f.SubjectId, f.PeriodId), f => f.Value!.Value.ToString());
        var marked = cells.Where(c => !c.Marks.IsEmpty).ToList();

        var records = subjectIds
            .Select(subjectId => new SubjectRecord(subjectId, SubjectName(subjectId), shown.Select(period =>
            {
                var own = marked.Where(c => c.SubjectId == subjectId && c.StudyPeriodId == period.Id).OrderBy(c => c.Date).ThenBy(c => c.Number).ToList();
                var marks = own.SelectMany(c => c.Marks.Items.Select(m => new PortfolioMark(c.Date, m.Value.ToString(), WorkTypes.Name(m.WorkType), m.Weight,
                    WorkTypes.IsControl(m.WorkType) || WorkTypes.IsControl(c.WorkType)))).ToList();
                return new PeriodResult(period.Id, period.Name, marks, Averages.Weighted(own.SelectMany(c => c.Marks.Items)),
                    classAverages[ClassOf(period)].GetValueOrDefault((subjectId, period.Id)), finalOf.GetValueOrDefault((subjectId, period.Id)));
            }).ToList()))
            .OrderBy(s => s.Name, ByName)
            .ToList();

        var cellOf = cells.ToDictionary(c => c.LessonId);
        var attendance = PortfolioAttendance.None;
        if (current is not null)
        {
            var held = lessons.Where(l => l.StudyPeriodId == current.Id && l.Date <= today).ToList();
            var codes = held.Select(l => cellOf.TryGetValue(l.Id, out var c) ? c.Attendance : null).ToList();
            attendance = new PortfolioAttendance(current.Name, held.Count,
                codes.Count(c => c == AttendanceCode.Absent), codes.Count(c => c == AttendanceCode.Ill),
                codes.Count(c => c == AttendanceCode.Excused), codes.Count(c => c == AttendanceCode.Late));
        }

        var controlWorks = cells
            .Where(c => c.Date <= today && (WorkTypes.IsControl(c.WorkType) || c.Marks.Items.Any(m => WorkTypes.IsControl(m.WorkType))))
            .Select(c =>
            {
                var type = WorkTypes.IsControl(c.WorkType) ? c.WorkType : c.Marks.Items.First(m => WorkTypes.IsControl(m.WorkType)).WorkType;
                return (c.Number, Result: new ControlWorkResult(c.Date, SubjectName(c.SubjectId), WorkTypes.Name(type), c.Topic, c.Marks.Text,
                    c.Attendance is { } a ? Attendance.Code(a) : null));
            })
            .Concat(lessons
                .Where(l => l.Date <= today && WorkTypes.IsControl(l.WorkType) && !cellOf.ContainsKey(l.Id))
                .Select(l => (l.Number, Result: new ControlWorkResult(l.Date, SubjectName(l.SubjectId), WorkTypes.Name(l.WorkType), l.Topic, "", null))))
            .OrderByDescending(c => c.Result.Date).ThenBy(c => c.Number)
            .Select(c => c.Result)
            .ToList();

        var events = yearEvents
            .Where(e => e.Concerns(classId, head.Grade ?? 0))
            .Select(e => new PortfolioEvent(e.Date, e.StartsAt, null, YearEventKindNames.Russian(e.Kind), e.Title, e.Description,
                e.Kind == YearEventKind.ControlWork, false))
            .Concat(ownEvents.Select(e => new PortfolioEvent(e.Date, e.StartsAt, null, e.KindName, $"{e.KindName} ({e.Author})", e.Comment, false, false)))
            .Concat(lessons
                .Where(l => WorkTypes.IsControl(l.WorkType) && l.Date >= recent)
                .Select(l => new PortfolioEvent(l.Date, null, l.Number, WorkTypes.Name(l.WorkType),
                    l.Topic is null ? SubjectName(l.SubjectId) : $"{SubjectName(l.SubjectId)}: {l.Topic}", null, true, l.Date < today)))
            .OrderBy(e => e.Date).ThenBy(e => e.StartsAt ?? TimeOnly.MinValue).ThenBy(e => e.LessonNumber ?? 0)
            .ToList();

        var notice = periods.Count == 0 ? "Школа ещё не задала учебные периоды этого года: отметок и посещаемости пока нет."
            : shown.Count == 0 ? $"Учебный год начнётся {CardCalendar.Format(yearStart)}: отметок и посещаемости пока нет."
            : null;
        return new ChildPortfolio(child, today, shown, events, records, attendance, countdown, controlWorks, notice);
    }

    public static async Task<DiaryWeek?> DiaryAsync(PortalDbContext db, int pupilId, DateOnly monday, DateOnly today, string? notice,
        CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        var head = await HeadAsync(db, pupilId, ct);
        if (head is null)
            return null;
        var saturday = monday.AddDays(5);
        var classIds = await db.ClassMemberships.AsNoTracking()
            .Where(m => m.PupilId == pupilId && m.From <= saturday && (m.To == null || m.To >= monday))
            .Select(m => m.SchoolClassId)
            .Distinct()
            .ToListAsync(ct);
        var lessons = classIds.Count == 0
            ? []
            : await (
                    from l in ChildLessons(db, pupilId, db.Lessons.Where(l => classIds.Contains(l.ClassId) && l.Date >= monday && l.Date <= saturday))
                    join c in db.JournalCells.Where(c => c.PupilId == pupilId) on l.Id equals c.LessonId into own
                    from c in own.DefaultIfEmpty()
                    join s in db.Subjects on l.SubjectId equals s.Id
                    select new
                    {
                        l.Date, l.Number, l.Group, Subject = s.Name, l.Topic, l.WorkType, l.Homework, l.HomeworkLink, l.HomeworkDueOn,
                        Marks = c == null ? null : c.Marks, Attendance = c == null ? null : c.Attendance,
                    })
                .ToListAsync(ct);
        var schoolId = head.Child.SchoolId;
        var bells = lessons.Count == 0
            ? new Dictionary<int, string>()
            : (await db.Bells.AsNoTracking().Where(b => b.SchoolId == schoolId).ToListAsync(ct)).ToDictionary(b => b.Number, b => b.Text);
        var holidays = await HolidaysAsync(db, head.HolidayPeriodId, ct);

        var days = Enumerable.Range(0, 6).Select(i =>
        {
            var date = monday.AddDays(i);
            var items = lessons.Where(l => l.Date == date).OrderBy(l => l.Number).ThenBy(l => l.Group ?? 0)
                .Select(l => new DiaryLesson(l.Number, bells.GetValueOrDefault(l.Number), l.Subject, l.Topic,
                    l.WorkType == WorkType.Answer ? null : WorkTypes.Name(l.WorkType), l.Homework, l.HomeworkLink, l.HomeworkDueOn,
                    l.Marks?.Text ?? "", l.Attendance is { } a ? Attendance.Code(a) : null))
                .ToList();
            var holiday = holidays?.Holidays.FirstOrDefault(h => h.StartsOn <= date && date <= h.EndsOn)?.Name;
            return new DiaryDay(date, items, holiday);
        }).ToList();
        return new DiaryWeek(head.Child, monday, today, days, notice);
    }

    /// <summary>
    /// The child's lessons among <paramref name="lessons"/> (already narrowed to the child's classes and dates, so the class
    /// index is used and the checks below run on few rows): during the child's stay in the class, a group's lessons only for
    /// its members (all of them while the subject's groups are not filled in, as the journal shows them), and any lesson at
    /// which the child has a journal cell.
    /// </summary>
    private static IQueryable<Lesson> ChildLessons(PortalDbContext db, int pupilId, IQueryable<Lesson> lessons) =>
        lessons.AsNoTracking().Where(l =>
            ((db.ClassMemberships.Any(m => m.PupilId == pupilId && m.SchoolClassId == l.ClassId && m.From <= l.Date && (m.To == null || m.To >= l.Date))
                    && (l.Group == null
                        || db.GroupMembers.Any(g => g.PupilId == pupilId && g.ClassId == l.ClassId && g.SubjectId == l.SubjectId && g.Group == l.Group)
                        || !db.GroupMembers.Any(g => g.ClassId == l.ClassId && g.SubjectId == l.SubjectId)))
                || db.JournalCells.Any(c => c.LessonId == l.Id && c.PupilId == pupilId)));

    private static Task<IReadOnlyDictionary<(int SubjectId, int PeriodId), decimal?>> ClassAveragesAsync(PortalDbContext db, int classId,
        List<int> periodIds, ClassAverages averages, CancellationToken ct) =>
        averages.GetOrReadAsync(classId, c => ReadClassAveragesAsync(db, classId, periodIds, c), ct);

    /// <summary>Subject × period → the class average: the mean of the pupils' weighted averages, as the class journal counts it.</summary>
    private static async Task<IReadOnlyDictionary<(int SubjectId, int PeriodId), decimal?>> ReadClassAveragesAsync(PortalDbContext db, int classId,
        List<int> periodIds, CancellationToken ct)
    {
        var marks = await (
                from c in db.JournalCells.AsNoTracking()
                join l in db.Lessons on c.LessonId equals l.Id
                where l.ClassId == classId && periodIds.Contains(l.StudyPeriodId) && c.Marks != MarkList.Empty
                select new { l.SubjectId, l.StudyPeriodId, c.PupilId, c.Marks })
            .ToListAsync(ct);
        return marks
            .GroupBy(m => (m.SubjectId, m.StudyPeriodId))
            .ToDictionary(g => g.Key, g => Averages.Mean(g.GroupBy(m => m.PupilId).Select(p => Averages.Weighted(p.SelectMany(m => m.Marks.Items)))));
    }

    private static async Task<HolidayPeriod?> HolidaysAsync(PortalDbContext db, int? holidayPeriodId, CancellationToken ct) =>
        holidayPeriodId is { } id ? await db.HolidayPeriods.AsNoTracking().SingleOrDefaultAsync(h => h.Id == id, ct) : null;

    private static HolidayCountdown Countdown(HolidayPeriod? holidays, DateOnly today)
    {
        if (holidays is null)
            return HolidayCountdown.NotScheduled;
        return holidays.DaysUntilHolidays(today) is { } next
            ? new HolidayCountdown(next.Days, next.Next.Name, next.Next.StartsOn, next.Next.EndsOn)
            : HolidayCountdown.NoneAhead;
    }

    private static ChildPortfolio Empty(PortfolioChild child, DateOnly today, string notice) =>
        new(child, today, [], [], [], PortfolioAttendance.None, HolidayCountdown.NotScheduled, [], notice);
}
