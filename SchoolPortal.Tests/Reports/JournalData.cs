using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Journal;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Schedule;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Domain.Staff;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Reports;

/// <summary>
/// Lessons, substitutions, journal cells and events for school 1 of <see cref="TestRegion"/>, made through the domain
/// constructors and saved with the system context. Quarter 2 runs 05.11.2026–28.12.2026 and contains the region's today.
/// </summary>
internal sealed class JournalData
{
    private readonly TestDatabase _database;

    public JournalData(TestDatabase database, TestRegion region)
    {
        _database = database;
        Region = region;
        using var db = database.System();
        var year = db.AcademicYears.Include(y => y.Periods).Single(y => y.SchoolId == region.School1.Id);
        Quarter1 = year.AddPeriod(StudyPeriodKind.Quarter, 1, new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 26));
        Quarter2 = year.AddPeriod(StudyPeriodKind.Quarter, 2, new DateOnly(2026, 11, 5), new DateOnly(2026, 12, 28));
        Math = new Subject(region.School1.Id, "Математика");
        Russian = new Subject(region.School1.Id, "Русский язык");
        db.Subjects.AddRange(Math, Russian);
        db.SaveChanges();
        YearId = year.Id;
    }

    public TestRegion Region { get; }
    public int SchoolId => Region.School1.Id;
    public int YearId { get; }
    public SchoolClass Class => Region.Class1;
    public StudyPeriod Quarter1 { get; }
    public StudyPeriod Quarter2 { get; }
    public Subject Math { get; }
    public Subject Russian { get; }

    public void AddStandardBells()
    {
        using var db = _database.System();
        db.Bells.AddRange(Bell.Standard(SchoolId));
        db.SaveChanges();
    }

    public Employee AddTeacher(string surname, string firstName = "Ольга", string patronymic = "Ивановна")
    {
        using var db = _database.System();
        var teacher = new Employee(SchoolId, PersonName.Create(surname, firstName, patronymic), new DateOnly(1985, 4, 12), Gender.Female, "Учитель",
            TestRegion.Today);
        db.Employees.Add(teacher);
        db.SaveChanges();
        return teacher;
    }

    public static PortalUser UserOf(Employee teacher, Role role = Role.Teacher) =>
        new(5000 + teacher.Id, $"teacher{teacher.Id}", teacher.Name.Short, role, teacher.SchoolId, null, teacher.Id);

    public SchoolClass AddClass(int grade, string letter)
    {
        using var db = _database.System();
        var c = new SchoolClass(SchoolId, YearId, new GradeLevel(grade), letter);
        db.Classes.Add(c);
        db.SaveChanges();
        return c;
    }

    public void AddWorkload(SchoolClass schoolClass, Subject subject, Employee teacher, int? group = null)
    {
        using var db = _database.System();
        db.Workloads.Add(new Workload(SchoolId, YearId, schoolClass.Id, subject.Id, teacher.Id, 4, group));
        db.SaveChanges();
    }

    public Lesson AddLesson(DateOnly date, int number, Subject subject, Employee teacher, SchoolClass? schoolClass = null, int? group = null,
        string? room = "214", string? topic = null, WorkType workType = WorkType.Answer, string? homework = null)
    {
        var period = Quarter2.Contains(date) ? Quarter2 : Quarter1;
        using var db = _database.System();
        var lesson = new Lesson(SchoolId, new PlannedLesson((schoolClass ?? Class).Id, period.Id, date, number, group, subject.Id, teacher.Id, room, null));
        lesson.Describe(topic, workType);
        if (homework is not null)
            lesson.SetHomework(homework, null, null);
        db.Lessons.Add(lesson);
        db.SaveChanges();
        return lesson;
    }

    public Substitution Substitute(Lesson lesson, Employee substitute, Subject? otherSubject = null)
    {
        using var db = _database.System();
        var substitution = new Substitution(lesson, substitute.Id, otherSubject?.Id, null);
        db.Substitutions.Add(substitution);
        db.SaveChanges();
        return substitution;
    }

    /// <summary>A pupil of 5А from 01.09.2026 (or into <paramref name="schoolClass"/>).</summary>
    public Pupil AddPupil(string surname, string firstName, string patronymic = "Сергеевич", SchoolClass? schoolClass = null)
    {
        using var db = _database.System();
        var pupil = TestRegion.NewPupil(SchoolId, surname, firstName, patronymic, Gender.Male);
        db.Pupils.Add(pupil);
        db.SaveChanges();
        pupil.EnrollIn(db.Classes.Single(c => c.Id == (schoolClass ?? Class).Id), new DateOnly(2026, 9, 1));
        db.SaveChanges();
        return pupil;
    }

    public void Withdraw(Pupil pupil, DateOnly on)
    {
        using var db = _database.System();
        var tracked = db.Pupils.Include(p => p.Memberships).Single(p => p.Id == pupil.Id);
        tracked.Withdraw(on, "Приказ № 15");
        db.SaveChanges();
    }

    /// <summary>A journal cell as the teacher types it: «5 4 н».</summary>
    public JournalCell Cell(Lesson lesson, Pupil pupil, string typed, WorkType workType = WorkType.Answer)
    {
        using var db = _database.System();
        var cell = new JournalCell(SchoolId, lesson.Id, pupil.Id);
        cell.Change(CellInput.Parse(typed, MarkList.Empty, workType, GradingScale.Marks), 0, "teacher", DateTimeOffset.UtcNow);
        db.JournalCells.Add(cell);
        db.SaveChanges();
        return cell;
    }

    public void Final(Pupil pupil, Subject subject, StudyPeriod period, int mark)
    {
        using var db = _database.System();
        var final = new FinalMark(SchoolId, YearId, Class.Id, subject.Id, pupil.Id, period.Id);
        final.Change(MarkValue.Score(mark), 0, "teacher", DateTimeOffset.UtcNow);
        db.FinalMarks.Add(final);
        db.SaveChanges();
    }

    public YearEvent AddEvent(string title, DateOnly date, EventAudience audience, params int[] audienceIds)
    {
        using var db = _database.System();
        var e = new YearEvent(SchoolId, YearId, YearEventKind.ParentMeeting, title, date, new TimeOnly(18, 0), audience, audienceIds, null);
        db.YearEvents.Add(e);
        db.SaveChanges();
        return e;
    }
}
