using SchoolPortal.Domain.Journal;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Schedule;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Domain.Staff;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Reports;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Reports;

/// <summary>
/// 5А in the second quarter: four pupils (Борисов withdrawn on 20.11.2026), three mathematics lessons held before today
/// (28.11.2026) and one after it, a Russian lesson, marks with weights, attendance codes and a final mark; and 7Б with one pupil.
/// </summary>
internal sealed class ReportScenario : IDisposable
{
    public ReportScenario()
    {
        Region = TestRegion.Create(Database);
        Data = new JournalData(Database, Region);
        Teacher = Data.AddTeacher("Иванова");
        Data.AddWorkload(Data.Class, Data.Math, Teacher);
        Ivanov = Region.Pupil1;
        Yakovleva = Data.AddPupil("Яковлева", "Вера", "Олеговна");
        Andreev = Data.AddPupil("Андреев", "Борис", "Ильич");
        Borisov = Data.AddPupil("Борисов", "Глеб", "Петрович");
        Class7 = Data.AddClass(7, "Б");
        Sidorov = Data.AddPupil("Сидоров", "Олег", "Иванович", Class7);

        Math1 = Data.AddLesson(new DateOnly(2026, 11, 10), 2, Data.Math, Teacher);
        Math2 = Data.AddLesson(new DateOnly(2026, 11, 12), 1, Data.Math, Teacher, topic: "Дроби", workType: WorkType.Control, homework: "№ 12, 14");
        Math3 = Data.AddLesson(new DateOnly(2026, 11, 17), 2, Data.Math, Teacher);
        Math4 = Data.AddLesson(new DateOnly(2026, 12, 1), 2, Data.Math, Teacher);
        Russian = Data.AddLesson(new DateOnly(2026, 11, 24), 3, Data.Russian, Teacher);
        Data.AddLesson(new DateOnly(2026, 10, 20), 2, Data.Math, Teacher);
        Class7Lesson = Data.AddLesson(new DateOnly(2026, 11, 10), 1, Data.Math, Teacher, Class7);

        Data.Cell(Math1, Andreev, "5");
        Data.Cell(Math2, Andreev, "3", WorkType.Control);
        Data.Cell(Math2, Yakovleva, "2", WorkType.Control);
        Data.Cell(Math1, Ivanov, "н");
        Data.Cell(Math3, Ivanov, "4 оп");
        Data.Cell(Math1, Borisov, "б");
        Data.Cell(Math2, Borisov, "уп");
        Data.Cell(Class7Lesson, Sidorov, "н");
        Data.Final(Andreev, Data.Math, Data.Quarter2, 4);
        Data.Withdraw(Borisov, new DateOnly(2026, 11, 20));
    }

    public TestDatabase Database { get; } = new();
    public TestRegion Region { get; }
    public JournalData Data { get; }
    public Employee Teacher { get; }
    public Pupil Ivanov { get; }
    public Pupil Yakovleva { get; }
    public Pupil Andreev { get; }
    public Pupil Borisov { get; }
    public SchoolClass Class7 { get; }
    public Pupil Sidorov { get; }
    public Lesson Math1 { get; }
    public Lesson Math2 { get; }
    public Lesson Math3 { get; }
    public Lesson Math4 { get; }
    public Lesson Russian { get; }
    public Lesson Class7Lesson { get; }

    public PortalUser TeacherUser => JournalData.UserOf(Teacher);

    public ClassJournalReport JournalReport(PortalUser? user = null) => new(Database.For(user ?? TeacherUser), ManualClock.On(TestRegion.Today));

    public AttendanceReport AttendanceReport(PortalUser? user = null) => new(Database.For(user ?? TeacherUser), ManualClock.On(TestRegion.Today));

    public ReportChoices Choices(PortalUser? user = null) => new(Database.For(user ?? TeacherUser), ManualClock.On(TestRegion.Today));

    public void Dispose() => Database.Dispose();
}
