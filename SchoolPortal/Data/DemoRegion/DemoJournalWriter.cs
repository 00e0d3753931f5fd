using SchoolPortal.Domain.Journal;
using SchoolPortal.Domain.Schedule;

namespace SchoolPortal.Data.DemoRegion;

/// <summary>
/// The journal part of a generated school: subjects, bells, workload, a weekly timetable per class for every quarter, the
/// year's lessons around the holidays, and for the lessons before the calendar's today topics, homework, marks and
/// attendance (never for today's or later lessons: marks take place after a lesson); final marks of the quarters that have
/// ended, which are closed. A substitution today and year events around today complete it.
/// Its own <see cref="Random"/> per school keeps the rest of the region exactly as it was before journals existed.
/// </summary>
internal sealed class DemoJournalWriter(DemoRegionTables t, DemoCalendar calendar)
{
    private const string Author = "генератор демо-данных";

    private static readonly string[] Topics =
    [
        "Изучение нового материала", "Закрепление изученного", "Решение задач и упражнений", "Повторение изученного",
        "Работа с текстом учебника", "Практическая работа", "Обобщение и систематизация знаний", "Работа над ошибками",
    ];

    private int _subjectId, _bellId, _workloadId, _entryId, _lessonId, _cellId, _finalId, _substitutionId, _eventId;

    public void Write(DemoSchoolPlan plan)
    {
        var rng = new Random(DemoRegionGenerator.Seed + plan.SchoolId * 7919);
        var subjects = new Dictionary<string, (int Id, GradingScale Grading)>();
        foreach (var line in DemoCurriculum.Lines)
        {
            subjects[line.Subject] = (++_subjectId, line.Grading);
            t.Subjects.Insert(_subjectId, plan.SchoolId, line.Subject, line.Grading);
        }
        foreach (var bell in Bell.Standard(plan.SchoolId))
            t.Bells.Insert(++_bellId, plan.SchoolId, bell.Number, bell.StartsAt, bell.EndsAt);

        // Workload: primary classes are taught by their homeroom teacher except English, music and PE; the others by the
        // subject teacher with the fewest hours so far.
        var hours = plan.Teachers.ToDictionary(x => x.Id, _ => 0);
        var teaching = new List<(DemoClass Class, int SubjectId, GradingScale Grading, int TeacherId, int Hours)>();
        foreach (var schoolClass in plan.Classes)
        {
            foreach (var line in DemoCurriculum.Lines)
            {
                var h = line.HoursByGrade[schoolClass.Grade - 1];
                if (h == 0)
                    continue;
                var teacher = schoolClass.Grade <= 4 && schoolClass.HomeroomTeacherId is { } homeroom
                              && line.Position is "начальных классов" or "русского языка и литературы" or "математики"
                                  or "изобразительного искусства" or "технологии"
                    ? homeroom
                    : PickTeacher(plan, line.Position, hours);
                hours[teacher] = hours.GetValueOrDefault(teacher) + h;
                var (subjectId, grading) = subjects[line.Subject];
                teaching.Add((schoolClass, subjectId, grading, teacher, h));
                t.Workloads.Insert(++_workloadId, plan.SchoolId, plan.YearId, schoolClass.Id, subjectId, teacher, (decimal)h, null);
            }
        }

        // The weekly timetable: each hour in the first free slot of the least loaded day where the teacher is free too.
        var teacherBusy = new HashSet<(int Teacher, DayOfWeek Day, int Number)>();
        var week = new List<(DemoClass Class, DayOfWeek Day, int Number, int SubjectId, GradingScale Grading, int TeacherId, string Room)>();
        foreach (var group in teaching.GroupBy(x => x.Class))
        {
            var schoolClass = group.Key;
            var days = Enumerable.Range(1, DemoCurriculum.Days(schoolClass.Grade)).Select(d => (DayOfWeek)d).ToArray();
            var load = days.ToDictionary(d => d, _ => 0);
            var classBusy = new HashSet<(DayOfWeek, int)>();
            var perDay = new Dictionary<(DayOfWeek, int), int>();
            var room = (100 + schoolClass.Id % 40 + 100 * (1 + schoolClass.Grade / 5)).ToString();
            var items = group.SelectMany(x => Enumerable.Repeat(x, x.Hours)).OrderBy(_ => rng.Next()).ToList();
            foreach (var item in items)
            {
                // A subject at most twice a day.
                var placed = false;
                foreach (var day in days.OrderBy(d => load[d]).ThenBy(d => d))
                {
                    if (perDay.GetValueOrDefault((day, item.SubjectId)) >= 2)
                        continue;
                    for (var n = 1; n <= DemoCurriculum.MaxLessons(schoolClass.Grade) && !placed; n++)
                    {
                        if (classBusy.Contains((day, n)) || teacherBusy.Contains((item.TeacherId, day, n)))
                            continue;
                        classBusy.Add((day, n));
                        teacherBusy.Add((item.TeacherId, day, n));
                        load[day]++;
                        perDay[(day, item.SubjectId)] = perDay.GetValueOrDefault((day, item.SubjectId)) + 1;
                        var lessonRoom = item.SubjectId == subjects["Физическая культура"].Id ? "Спортзал" : room;
                        week.Add((schoolClass, day, n, item.SubjectId, item.Grading, item.TeacherId, lessonRoom));
                        placed = true;
                    }
                    if (placed)
                        break;
                }
            }
        }

        // Lessons of every quarter from the same week; records for the lessons before today.
        var today = calendar.Today;
        var lessonsToday = new List<(int LessonId, int TeacherId, int Number, int ClassId)>();
        foreach (var period in plan.Periods)
        {
            var entries = new Dictionary<(int ClassId, DayOfWeek, int), int>();
            foreach (var w in week)
            {
                t.Timetable.Insert(++_entryId, plan.SchoolId, w.Class.Id, period.Id, w.Day, w.Number, w.SubjectId, w.TeacherId, w.Room, null);
                entries[(w.Class.Id, w.Day, w.Number)] = _entryId;
            }
            foreach (var classWeek in week.GroupBy(w => w.Class))
            {
                var holidays = plan.Holidays[classWeek.Key.HolidaySetId];
                var pupils = plan.PupilsByClass.GetValueOrDefault(classWeek.Key.Id) ?? [];
                var bySubject = new Dictionary<int, int>();
                var marks = new Dictionary<(int Pupil, int Subject), List<Mark>>();
                foreach (var date in LessonGenerator.SchoolDays(period.StartsOn, period.EndsOn, d => holidays.Any(h => h.From <= d && d <= h.To)))
                {
                    var weekday = calendar.TimetableDay(date);
                    foreach (var w in classWeek.Where(x => x.Day == weekday).OrderBy(x => x.Number))
                    {
                        var index = bySubject[w.SubjectId] = bySubject.GetValueOrDefault(w.SubjectId) + 1;
                        var lessonId = ++_lessonId;
                        var past = date < today;
                        var workType = index % 9 == 0 ? WorkType.Control : index % 6 == 0 ? WorkType.Check : WorkType.Answer;
                        string? topic = null, homework = null;
                        DateOnly? due = null;
                        if (date <= today)
                            topic = workType switch
                            {
                                WorkType.Control => $"Контрольная работа № {index / 9}",
                                WorkType.Check => "Проверочная работа",
                                _ => Topics[(index + w.SubjectId) % Topics.Length],
                            };
                        if (date <= today.AddDays(7) && workType == WorkType.Answer && rng.Next(10) < 7)
                        {
                            homework = classWeek.Key.Grade <= 4 ? $"Учебник, с. {index * 2 + 3}, упр. {rng.Next(1, 12)}" : $"§ {index / 2 + 1}, вопросы {rng.Next(1, 6)}–{rng.Next(6, 10)}";
                            due = NextLessonDate(date, classWeek.Where(x => x.SubjectId == w.SubjectId).Select(x => x.Day).ToHashSet());
                        }
                        t.Lessons.Insert(lessonId, plan.SchoolId, w.Class.Id, period.Id, w.SubjectId, w.TeacherId, date, w.Number, w.Room, null,
                            entries[(w.Class.Id, w.Day, w.Number)], topic, workType, homework, null, due);
                        if (date == today)
                            lessonsToday.Add((lessonId, w.TeacherId, w.Number, w.Class.Id));
                        if (!past)
                            continue;
                        foreach (var pupil in pupils)
                            WriteCell(rng, plan.SchoolId, lessonId, pupil, date, w.Grading, workType, marks, w.SubjectId);
                    }
                }
                if (period.EndsOn >= today)
                    continue;
                var evening = Infrastructure.Jobs.RegionTime.At(period.EndsOn, new TimeOnly(16, 0));
                foreach (var ((pupil, subject), list) in marks)
                {
                    MarkValue? value = subjects.Values.First(s => s.Id == subject).Grading == GradingScale.PassFail
                        ? Averages.SuggestPassFail(list)
                        : Averages.Suggest(Averages.Weighted(list)) is { } suggested ? MarkValue.Score(suggested) : null;
                    if (value is not null)
                        t.FinalMarks.Insert(++_finalId, plan.SchoolId, plan.YearId, classWeek.Key.Id, subject, pupil, period.Id, value.Value, 1,
                            evening, Author);
                }
            }
        }

        // Today the demo teacher's last lesson is given by the substitute (when the teacher has two or more lessons today).
        var own = lessonsToday.Where(l => l.TeacherId == plan.Teacher).OrderBy(l => l.Number).ToList();
        if (own.Count >= 2 && plan.Substitute != plan.Teacher)
            t.Substitutions.Insert(++_substitutionId, plan.SchoolId, own[^1].LessonId, today, own[^1].Number,
                own[^1].ClassId, plan.Teacher, plan.Substitute, null,
                "Учитель на курсах повышения квалификации");

        WriteEvents(plan);
    }

    private void WriteCell(Random rng, int schoolId, int lessonId, int pupilId, DateOnly date, GradingScale grading, WorkType workType,
        Dictionary<(int, int), List<Mark>> marks, int subjectId)
    {
        if (DemoMarks.Cell(rng, pupilId, grading, workType) is not { } content)
            return;
        t.JournalCells.Insert(++_cellId, schoolId, lessonId, pupilId, content.Marks, content.Attendance, 1,
            Infrastructure.Jobs.RegionTime.At(date, new TimeOnly(15, 0)), Author);
        if (!content.Marks.IsEmpty)
        {
            if (!marks.TryGetValue((pupilId, subjectId), out var all))
                marks[(pupilId, subjectId)] = all = [];
            all.AddRange(content.Marks.Items);
        }
    }

    private static DateOnly NextLessonDate(DateOnly after, HashSet<DayOfWeek> days)
    {
        var d = after.AddDays(1);
        while (!days.Contains(d.DayOfWeek))
            d = d.AddDays(1);
        return d;
    }

    private static int PickTeacher(DemoSchoolPlan plan, string position, Dictionary<int, int> hours)
    {
        var candidates = plan.Teachers.Where(x => x.Position == "Учитель " + position).Select(x => x.Id).ToList();
        if (candidates.Count == 0)
            candidates = plan.Teachers.Where(x => x.Position.StartsWith("Учитель ", StringComparison.Ordinal) && x.Position != "Учитель начальных классов")
                .Select(x => x.Id).ToList();
        return candidates.OrderBy(id => hours.GetValueOrDefault(id)).ThenBy(id => id).First();
    }

    // Fixed days of the school year (1 September, the New Year concert, the half-year meeting) and two events just ahead of
    // today, so the families' feed always has something coming.
    private void WriteEvents(DemoSchoolPlan plan)
    {
        var (firstGrades, seniors) = (plan.Classes.Where(c => c.Grade == 1).Select(c => c.Id), new[] { 9, 11 });
        var y = calendar.StartYear;
        t.YearEvents.Insert(++_eventId, plan.SchoolId, plan.YearId, YearEventKind.SchoolWide, "День знаний. Торжественная линейка",
            calendar.YearStart, new TimeOnly(9, 0), EventAudience.WholeSchool, "", "Сбор у главного входа.");
        t.YearEvents.Insert(++_eventId, plan.SchoolId, plan.YearId, YearEventKind.ParentMeeting, "Родительское собрание первоклассников",
            calendar.Ahead(5), new TimeOnly(18, 0), EventAudience.Classes, string.Join(',', firstGrades),
            "Итоги адаптации, безопасность на каникулах.");
        t.YearEvents.Insert(++_eventId, plan.SchoolId, plan.YearId, YearEventKind.ControlWork, "Пробное итоговое собеседование / сочинение",
            calendar.Ahead(11), new TimeOnly(9, 0), EventAudience.Grades, string.Join(',', seniors), "Для выпускных классов.");
        t.YearEvents.Insert(++_eventId, plan.SchoolId, plan.YearId, YearEventKind.Extracurricular, "Новогодний концерт",
            new DateOnly(y, 12, 25), new TimeOnly(15, 0), EventAudience.WholeSchool, "", "Актовый зал.");
        t.YearEvents.Insert(++_eventId, plan.SchoolId, plan.YearId, YearEventKind.ParentMeeting, "Общешкольное родительское собрание",
            new DateOnly(y + 1, 1, 28), new TimeOnly(18, 30), EventAudience.WholeSchool, "", "Итоги первого полугодия.");
    }
}
