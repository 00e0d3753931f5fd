using System.Text;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Domain.NewYear;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Domain.Staff;
using SchoolPortal.Features.NewYear.Engine;
using SchoolPortal.Infrastructure.Operations;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.NewYear;

/// <summary>
/// School 1 of <see cref="TestRegion"/> with a year to roll over: 1А (empty), 4А, 5А and 11А, a repeater, a leaver,
/// two graduates, a pupil admitted from the new year and a teacher who leaves; the plan started and all steps confirmed.
/// Built the same way every time, so two worlds have the same ids and their dumps can be compared.
/// </summary>
public sealed class RolloverWorld : IDisposable
{
    public static readonly DateOnly LeavesOn = new(2027, 3, 1);
    public static readonly ManualClock Clock = ManualClock.On(new DateOnly(2027, 8, 20));

    public TestDatabase Database { get; } = new();
    public TestRegion Region { get; }
    public int PlanId { get; }
    public int OldFifthId { get; }
    public int GraduateId { get; private set; }

    public RolloverWorld()
    {
        Region = TestRegion.Create(Database);
        var schoolId = Region.School1.Id;
        using (var db = Database.System())
        {
            var year = db.AcademicYears.Include(y => y.Periods).Single(y => y.SchoolId == schoolId);
            year.AddPeriod(StudyPeriodKind.Half, 1, new DateOnly(2026, 9, 1), new DateOnly(2026, 12, 28));
            year.AddPeriod(StudyPeriodKind.Half, 2, new DateOnly(2027, 1, 11), new DateOnly(2027, 5, 31));
            var holidays = new HolidayPeriod(year.Id, "Основной");
            holidays.AddHoliday("Осенние каникулы", new DateOnly(2026, 10, 26), new DateOnly(2026, 11, 3));
            db.HolidayPeriods.Add(holidays);
            var teacher = new Employee(schoolId, PersonName.Create("Учителева", "Анна", "Павловна"), new DateOnly(1980, 1, 1), Gender.Female, "Учитель", TestRegion.Today);
            var leaver = new Employee(schoolId, PersonName.Create("Уходящий", "Иван", "Иванович"), new DateOnly(1960, 1, 1), Gender.Male, "Учитель", TestRegion.Today);
            db.Employees.AddRange(teacher, leaver);
            db.SaveChanges();
            var first = new SchoolClass(schoolId, year.Id, new GradeLevel(1), "А");
            var fourth = new SchoolClass(schoolId, year.Id, new GradeLevel(4), "А");
            var eleventh = new SchoolClass(schoolId, year.Id, new GradeLevel(11), "А");
            db.Classes.AddRange(first, fourth, eleventh);
            var fifth = db.Classes.Single(c => c.Id == Region.Class1.Id);
            fifth.AssignHomeroomTeacher(teacher.Id);
            fifth.AssignHolidays(holidays.Id);
            db.SaveChanges();
            var pupils = new (string, SchoolClass)[] { ("Четвёркин", fourth), ("Второгодников", fifth), ("Уходов", fifth), ("Выпускной", eleventh), ("Выпускная", eleventh), ("Новенький", first) }
                .Select(p => (Pupil: TestRegion.NewPupil(schoolId, p.Item1, "Тест", null, Gender.Male), Class: p.Item2)).ToList();
            db.Pupils.AddRange(pupils.Select(p => p.Pupil));
            db.SaveChanges();
            foreach (var (pupil, schoolClass) in pupils.Take(5))
                pupil.EnrollIn(schoolClass, new DateOnly(2026, 9, 1));
            db.SaveChanges();
            var admitted = pupils[5].Pupil.Id;
            db.Pupils.Where(p => p.Id == admitted).ExecuteUpdate(u => u.SetProperty(p => p.Status, PupilStatus.Admitted));
            OldFifthId = Region.Class1.Id;
            GraduateId = pupils[3].Pupil.Id;
            StaffLeaverId = leaver.Id;
        }

        PlanId = RolloverProposals.StartAsync(Database.System(), schoolId, Clock.GetUtcNow(), new DateOnly(2027, 8, 20), CancellationToken.None).GetAwaiter().GetResult();
        using (var db = Database.System())
        {
            var plan = db.RolloverPlans.Single(p => p.Id == PlanId);
            var newClasses = db.Classes.Where(c => c.AcademicYearId == plan.ToYearId).ToList();
            var moves = db.PupilMoves.Where(m => m.PlanId == PlanId).ToList();
            var names = db.Pupils.Where(p => p.SchoolId == schoolId).ToDictionary(p => p.Id, p => p.Name.Surname);
            foreach (var move in moves)
            {
                switch (names[move.PupilId])
                {
                    case "Второгодников": move.Decide(PupilMoveKind.Repeat, newClasses.Single(c => c.Grade == 5).Id, null, null); break;
                    case "Уходов": move.Decide(PupilMoveKind.Leave, null, LeavesOn, "7-у"); break;
                    case "Выпускной" or "Выпускная": move.Decide(PupilMoveKind.Graduate, null, move.LeavesOn, "15-у"); break;
                    case "Новенький": move.Decide(PupilMoveKind.Enroll, newClasses.Single(c => c.Grade == 1).Id, null, null); break;
                }
            }
            db.StaffMoves.Add(new StaffMove(PlanId, schoolId, StaffLeaverId, new DateOnly(2027, 8, 31)));
            foreach (var step in new[] { RolloverStep.Periods, RolloverStep.Classes, RolloverStep.Movement, RolloverStep.Holidays, RolloverStep.Staff })
                plan.Confirm(step, Clock.GetUtcNow());
            db.SaveChanges();
        }
    }

    public int StaffLeaverId { get; }

    public NewYearEngine Engine(Infrastructure.Access.PortalUser user) =>
        new(Database.For(user), Database.Factory, new LongOperations(Database.For(user), Database.Factory, new NoScheduler(), Clock), Clock);

    public async Task<MoveCounts?> OpenAsync(OpeningProgress? progress = null)
    {
        await using var db = Database.System();
        return await RolloverOpening.OpenAsync(db, PlanId, new AuditActor(1001, "admin1"), Clock.GetUtcNow(), progress ?? ((_, _, _) => Task.CompletedTask),
            CancellationToken.None);
    }

    /// <summary>The tables the rollover touches, every row and column, ordered by id.</summary>
    public string Dump(bool withPlans = false)
    {
        string[] tables = ["Pupils", "ClassMemberships", "AcademicYears", "Classes", "Employees", "PupilMoves", "StaffMoves", "Workloads"];
        using var db = Database.System();
        var connection = db.Database.GetDbConnection();
        connection.Open();
        var text = new StringBuilder();
        foreach (var table in withPlans ? [.. tables, "RolloverPlans"] : tables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY \"Id\"";
            using var reader = command.ExecuteReader();
            text.AppendLine(table);
            while (reader.Read())
                text.AppendLine(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i)))));
        }
        return text.ToString();
    }

    public void Dispose() => Database.Dispose();

    private sealed class NoScheduler : IOperationScheduler
    {
        public void Schedule(Guid operationId)
        {
        }
    }
}
