using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Journal;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Schedule;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Domain.Staff;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Portfolio;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Tests.Reports;

namespace SchoolPortal.Tests.Portfolio;

/// <summary>
/// A child with a year behind them, on <see cref="TestRegion"/>: Иванов Пётр (5А of school 1) and his classmate Андреев, with
/// mathematics and Russian lessons in both quarters, marks (control works among them), a final mark, attendance codes,
/// a split English class, the class's holiday set, year events, and the accounts of Иванов's mother (who also has a
/// daughter, Второва Анна, in school 2), of Андреев's father and of Иванов himself. Today is 28.11.2026.
/// </summary>
internal sealed class PortfolioWorld : IDisposable
{
    public PortfolioWorld()
    {
        Region = TestRegion.Create(Database);
        Data = new JournalData(Database, Region);
        Teacher = Data.AddTeacher("Смирнова");
        Ivanov = Region.Pupil1;
        Andreev = Data.AddPupil("Андреев", "Борис", "Ильич");
        Sister = Region.Pupil2;
        Data.AddStandardBells();
        English = AddSubject("Английский язык");

        MathQ1 = Data.AddLesson(new DateOnly(2026, 10, 20), 1, Data.Math, Teacher);
        MathQ1Control = Data.AddLesson(new DateOnly(2026, 10, 21), 2, Data.Math, Teacher, topic: "Натуральные числа", workType: WorkType.Control);
        Math1 = Data.AddLesson(new DateOnly(2026, 11, 10), 2, Data.Math, Teacher);
        MathControl = Data.AddLesson(new DateOnly(2026, 11, 12), 1, Data.Math, Teacher, topic: "Дроби", workType: WorkType.Control);
        Math3 = Data.AddLesson(new DateOnly(2026, 11, 17), 2, Data.Math, Teacher, topic: "Сложение дробей");
        Russian = Data.AddLesson(new DateOnly(2026, 11, 24), 3, Data.Russian, Teacher);
        RussianCheck = Data.AddLesson(new DateOnly(2026, 11, 25), 3, Data.Russian, Teacher, topic: "Орфограммы", workType: WorkType.Check);
        UpcomingControl = Data.AddLesson(new DateOnly(2026, 12, 1), 2, Data.Math, Teacher, topic: "Уравнения", workType: WorkType.Control);
        Data.AddLesson(new DateOnly(2026, 12, 2), 2, Data.Math, Teacher);
        EnglishGroup1 = Data.AddLesson(new DateOnly(2026, 11, 11), 4, English, Teacher, group: 1, topic: "Present Simple");
        EnglishGroup2 = Data.AddLesson(new DateOnly(2026, 11, 11), 5, English, Teacher, group: 2, topic: "Past Simple");
        SetHomework(Math3, "№ 101, 103", "https://school.example/math/101", new DateOnly(2026, 11, 19));
        AddGroupMember(English, Ivanov, 1);
        AddGroupMember(English, Andreev, 2);

        Data.Cell(MathQ1, Ivanov, "5");
        Data.Cell(MathQ1Control, Ivanov, "4", WorkType.Control);
        Data.Cell(MathQ1, Andreev, "3");
        Data.Cell(MathQ1Control, Andreev, "5", WorkType.Control);
        Data.Final(Ivanov, Data.Math, Data.Quarter1, 4);
        Data.Cell(Math1, Ivanov, "н");
        Data.Cell(Math1, Andreev, "4");
        Data.Cell(MathControl, Ivanov, "3", WorkType.Control);
        Data.Cell(MathControl, Andreev, "5", WorkType.Control);
        Data.Cell(Math3, Ivanov, "4 оп");
        Data.Cell(Russian, Ivanov, "б");
        Data.Cell(EnglishGroup1, Ivanov, "5");

        AddHolidays();
        Data.AddEvent("Родительское собрание 5А", new DateOnly(2026, 12, 3), EventAudience.Classes, Data.Class.Id);
        Data.AddEvent("Собрание седьмых классов", new DateOnly(2026, 12, 4), EventAudience.Grades, 7);
        Data.AddEvent("Прошедшее собрание", new DateOnly(2026, 11, 20), EventAudience.WholeSchool);
        Data.AddEvent("Новогодний концерт", new DateOnly(2026, 12, 25), EventAudience.WholeSchool);

        AndreevFather = AddParent("Андреев", "Илья", "Павлович", Andreev, ParentRelation.Father);
        LinkParent(Region.Parent1, Sister, ParentRelation.Mother);
        Mother = AddAccount("ivanova", "Иванова Мария Петровна", Role.Parent, null, parentId: Region.Parent1.Id);
        Father = AddAccount("andreev.father", "Андреев Илья Павлович", Role.Parent, null, parentId: AndreevFather.Id);
        IvanovHimself = AddAccount("ivanov.petr", "Иванов Пётр", Role.Pupil, Region.School1.Id, pupilId: Ivanov.Id);
    }

    public TestDatabase Database { get; } = new();
    public TestRegion Region { get; }
    public JournalData Data { get; }
    public Employee Teacher { get; }
    public Pupil Ivanov { get; }
    public Pupil Andreev { get; }
    public Pupil Sister { get; }
    public Subject English { get; }
    public Parent AndreevFather { get; }
    public Lesson MathQ1 { get; }
    public Lesson MathQ1Control { get; }
    public Lesson Math1 { get; }
    public Lesson MathControl { get; }
    public Lesson Math3 { get; }
    public Lesson Russian { get; }
    public Lesson RussianCheck { get; }
    public Lesson UpcomingControl { get; }
    public Lesson EnglishGroup1 { get; }
    public Lesson EnglishGroup2 { get; }
    public PortalUser Mother { get; }
    public PortalUser Father { get; }
    public PortalUser IvanovHimself { get; }
    public PortalUser TeacherUser => JournalData.UserOf(Teacher);

    public PortfolioService Service(PortalUser user) => new(Database.For(user), Database.Factory, ManualClock.On(TestRegion.Today), NoCache);

    /// <summary>Class averages read every time: tests change marks and look again at once.</summary>
    public static ClassAverages NoCache => ClassAverages.Fresh;

    public void Dispose() => Database.Dispose();

    public Subject AddSubject(string name)
    {
        using var db = Database.System();
        var subject = new Subject(Data.SchoolId, name);
        db.Subjects.Add(subject);
        db.SaveChanges();
        return subject;
    }

    public void AddGroupMember(Subject subject, Pupil pupil, int group)
    {
        using var db = Database.System();
        db.GroupMembers.Add(new GroupMember(Data.SchoolId, Data.Class.Id, subject.Id, pupil.Id, group));
        db.SaveChanges();
    }

    /// <summary>Changes a mark the way the teacher would: the cell's next version.</summary>
    public void ChangeCell(Lesson lesson, Pupil pupil, string typed)
    {
        using var db = Database.System();
        var cell = db.JournalCells.Single(c => c.LessonId == lesson.Id && c.PupilId == pupil.Id);
        cell.Change(CellInput.Parse(typed, cell.Marks, WorkType.Answer, GradingScale.Marks), cell.Version, "teacher", DateTimeOffset.UtcNow);
        db.SaveChanges();
    }

    private void SetHomework(Lesson lesson, string text, string link, DateOnly due)
    {
        using var db = Database.System();
        db.Lessons.Single(l => l.Id == lesson.Id).SetHomework(text, link, due);
        db.SaveChanges();
    }

    private void AddHolidays()
    {
        using var db = Database.System();
        var set = new HolidayPeriod(Data.YearId, "Основной");
        set.AddHoliday("Осенние каникулы", new DateOnly(2026, 10, 27), new DateOnly(2026, 11, 4));
        set.AddHoliday("Зимние каникулы", new DateOnly(2026, 12, 29), new DateOnly(2027, 1, 11));
        db.HolidayPeriods.Add(set);
        db.SaveChanges();
        db.Classes.Single(c => c.Id == Data.Class.Id).AssignHolidays(set.Id);
        db.SaveChanges();
    }

    private Parent AddParent(string surname, string firstName, string patronymic, Pupil child, ParentRelation relation)
    {
        using var db = Database.System();
        var parent = new Parent(PersonName.Create(surname, firstName, patronymic), Gender.Male);
        db.Parents.Add(parent);
        db.SaveChanges();
        db.Pupils.Include(p => p.ParentLinks).Single(p => p.Id == child.Id).AttachParent(parent, relation);
        db.SaveChanges();
        return parent;
    }

    private void LinkParent(Parent parent, Pupil child, ParentRelation relation)
    {
        using var db = Database.System();
        var tracked = db.Parents.Single(p => p.Id == parent.Id);
        db.Pupils.Include(p => p.ParentLinks).Single(p => p.Id == child.Id).AttachParent(tracked, relation);
        db.SaveChanges();
    }

    private PortalUser AddAccount(string login, string name, Role role, int? schoolId, int? parentId = null, int? pupilId = null)
    {
        using var db = Database.System();
        var account = new UserAccount(login, name, role, schoolId);
        account.LinkTo(pupilId: pupilId, parentId: parentId);
        db.UserAccounts.Add(account);
        db.SaveChanges();
        return new PortalUser(account.Id, account.Login, account.DisplayName, account.Roles, account.SchoolId, null);
    }
}
