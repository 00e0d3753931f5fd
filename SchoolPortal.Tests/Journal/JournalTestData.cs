using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Schedule;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Domain.Staff;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Journal;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Domain.Journal;

namespace SchoolPortal.Tests.Journal;

/// <summary>
/// A small journal on top of <see cref="TestRegion"/>: school 1's year gets four quarters, a subject «Математика» taught in
/// 5А by teacher Смирнова (a second teacher, Козлова, substitutes), lessons in the second quarter and a few more pupils.
/// Today is 28.11.2026, in the second quarter.
/// </summary>
internal sealed class JournalTestData
{
    public static readonly DateOnly[] LessonDates =
        [new(2026, 11, 9), new(2026, 11, 10), new(2026, 11, 11), new(2026, 11, 16), new(2026, 11, 17)];

    private readonly TestDatabase _database;

    private JournalTestData(TestDatabase database, TestRegion region)
    {
        _database = database;
        Region = region;
    }

    public TestRegion Region { get; }
    public SchoolClass Class => Region.Class1;
    public Subject Math { get; private set; } = null!;
    public StudyPeriod Quarter1 { get; private set; } = null!;
    public StudyPeriod Quarter2 { get; private set; } = null!;
    public Employee Teacher { get; private set; } = null!;
    public Employee Substitute { get; private set; } = null!;
    public List<Lesson> Lessons { get; } = [];

    /// <summary>The class's pupils in alphabetical order: Алексеева, Борисов, Иванов (the region's pupil 1).</summary>
    public List<Pupil> Pupils { get; } = [];

    public PortalUser TeacherUser => new(2001, "smirnova", "Смирнова Ольга Ивановна", Role.Teacher, Region.School1.Id, null, Teacher.Id);
    public PortalUser SubstituteUser => new(2002, "kozlova", "Козлова Анна Петровна", Role.Teacher, Region.School1.Id, null, Substitute.Id);
    public PortalUser Admin => Region.Admin1;

    public static JournalTestData Create(TestDatabase database)
    {
        var data = new JournalTestData(database, TestRegion.Create(database));
        data.Build();
        return data;
    }

    public JournalService ServiceFor(PortalUser user) => new(_database.For(user), ManualClock.On(TestRegion.Today));

    public Lesson AddLesson(DateOnly date, int number = 2, int? group = null, int? teacherId = null, Subject? subject = null)
    {
        using var db = _database.System();
        var lesson = new Lesson(Region.School1.Id, new PlannedLesson(Class.Id, Quarter2.Id, date, number, group, (subject ?? Math).Id,
            teacherId ?? Teacher.Id, "214", null));
        db.Lessons.Add(lesson);
        db.SaveChanges();
        return lesson;
    }

    public Subject AddSubject(string name, GradingScale grading)
    {
        using var db = _database.System();
        var subject = new Subject(Region.School1.Id, name, grading);
        db.Subjects.Add(subject);
        db.SaveChanges();
        db.Workloads.Add(new Workload(Region.School1.Id, Class.AcademicYearId, Class.Id, subject.Id, Teacher.Id, 2));
        db.SaveChanges();
        return subject;
    }

    public Pupil AddPupil(string surname, string firstName, DateOnly enrolledOn, SchoolClass? schoolClass = null)
    {
        using var db = _database.System();
        var pupil = TestRegion.NewPupil(Region.School1.Id, surname, firstName, "Андреевна", Gender.Female);
        db.Pupils.Add(pupil);
        db.SaveChanges();
        pupil.EnrollIn(schoolClass ?? Class, enrolledOn);
        db.SaveChanges();
        return pupil;
    }

    public void Withdraw(Pupil pupil, DateOnly on)
    {
        using var db = _database.System();
        var tracked = db.Pupils.Include(p => p.Memberships).Single(p => p.Id == pupil.Id);
        tracked.Withdraw(on, "Приказ № 12");
        db.SaveChanges();
    }

    public void SubstituteLesson(Lesson lesson, Employee substitute)
    {
        using var db = _database.System();
        db.Substitutions.Add(new Substitution(lesson, substitute.Id, null, null));
        db.SaveChanges();
    }

    public void AddGroupMember(Pupil pupil, int group)
    {
        using var db = _database.System();
        db.GroupMembers.Add(new GroupMember(Region.School1.Id, Class.Id, Math.Id, pupil.Id, group));
        db.SaveChanges();
    }

    private void Build()
    {
        using (var db = _database.System())
        {
            var year = db.AcademicYears.Include(y => y.Periods).Single(y => y.Id == Class.AcademicYearId);
            Quarter1 = year.AddPeriod(StudyPeriodKind.Quarter, 1, new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 25));
            Quarter2 = year.AddPeriod(StudyPeriodKind.Quarter, 2, new DateOnly(2026, 11, 5), new DateOnly(2026, 12, 28));
            year.AddPeriod(StudyPeriodKind.Quarter, 3, new DateOnly(2027, 1, 12), new DateOnly(2027, 3, 22));
            year.AddPeriod(StudyPeriodKind.Quarter, 4, new DateOnly(2027, 4, 1), new DateOnly(2027, 5, 31));
            Math = new Subject(Region.School1.Id, "Математика");
            Teacher = NewTeacher("Смирнова", "Ольга");
            Substitute = NewTeacher("Козлова", "Анна");
            db.Subjects.Add(Math);
            db.Employees.AddRange(Teacher, Substitute);
            db.SaveChanges();
            db.Workloads.Add(new Workload(Region.School1.Id, year.Id, Class.Id, Math.Id, Teacher.Id, 5));
            db.SaveChanges();
        }
        foreach (var date in LessonDates)
            Lessons.Add(AddLesson(date));
        Pupils.Add(AddPupil("Алексеева", "Мария", new DateOnly(2026, 9, 1)));
        Pupils.Add(AddPupil("Борисова", "Дарья", new DateOnly(2026, 9, 1)));
        Pupils.Add(Region.Pupil1);
    }

    private Employee NewTeacher(string surname, string firstName) =>
        new(Region.School1.Id, PersonName.Create(surname, firstName, "Ивановна"), new DateOnly(1985, 4, 12), Gender.Female, "Учитель математики",
            TestRegion.Today);
}
