using SchoolPortal.Domain.NewYear;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Domain.Staff;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.DuplicateGuard;
using SchoolPortal.Features.NewYear.Wizard;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.NewYear;

/// <summary>
/// The test region's school 1 with a plan for 2027/2028 as the engine would propose it: this year 5А (Иванов), 5Б, 9А and
/// 11А with a pupil each; next year 6А, 6Б, 10А and 1А; 5А → 6А, 5Б → 6Б, 9А → 10А, 11А closed; promotions by default, the
/// 11th grader graduating; one quarter in the new year.
/// </summary>
public sealed class NewYearWorld
{
    public required TestRegion Region { get; init; }
    public required RolloverPlan Plan { get; init; }
    public required AcademicYear NewYear { get; init; }
    public required Dictionary<string, SchoolClass> Now { get; init; }
    public required Dictionary<string, SchoolClass> Next { get; init; }
    public required Pupil Pupil5B { get; init; }
    public required Pupil Pupil9 { get; init; }
    public required Pupil Pupil11 { get; init; }
    public required Employee Teacher { get; init; }

    public static NewYearWorld Create(TestDatabase database)
    {
        var region = TestRegion.Create(database);
        var school = region.School1.Id;
        using var db = database.System();
        var currentYear = region.Class1.AcademicYearId;
        var now = new Dictionary<string, SchoolClass> { ["5А"] = region.Class1 };
        foreach (var (grade, letter) in new[] { (5, "Б"), (9, "А"), (11, "А") })
            now[$"{grade}{letter}"] = new SchoolClass(school, currentYear, new GradeLevel(grade), letter);
        db.Classes.AddRange(now.Values.Skip(1));
        var newYear = new AcademicYear(school, 2027);
        newYear.AddPeriod(StudyPeriodKind.Quarter, 1, new DateOnly(2027, 9, 1), new DateOnly(2027, 10, 25));
        db.AcademicYears.Add(newYear);
        var teacher = new Employee(school, PersonName.Create("Учителева", "Ольга", "Ивановна"), new DateOnly(1985, 4, 12), Gender.Female,
            "Учитель", TestRegion.Today);
        db.Employees.Add(teacher);
        db.SaveChanges();
        var next = new Dictionary<string, SchoolClass>();
        foreach (var (grade, letter) in new[] { (6, "А"), (6, "Б"), (10, "А"), (1, "А") })
            next[$"{grade}{letter}"] = new SchoolClass(school, newYear.Id, new GradeLevel(grade), letter);
        db.Classes.AddRange(next.Values);
        var p5b = TestRegion.NewPupil(school, "Бэшкин", "Борис", "Борисович", Gender.Male);
        var p9 = TestRegion.NewPupil(school, "Девятов", "Дмитрий", "Дмитриевич", Gender.Male);
        var p11 = TestRegion.NewPupil(school, "Выпускова", "Вера", "Викторовна", Gender.Female);
        db.Pupils.AddRange(p5b, p9, p11);
        db.SaveChanges();
        p5b.EnrollIn(now["5Б"], new DateOnly(2026, 9, 1));
        p9.EnrollIn(now["9А"], new DateOnly(2026, 9, 1));
        p11.EnrollIn(now["11А"], new DateOnly(2026, 9, 1));
        var plan = new RolloverPlan(school, currentYear, newYear.Id, 2027, new DateTimeOffset(2027, 4, 1, 8, 0, 0, TimeSpan.Zero));
        db.RolloverPlans.Add(plan);
        db.SaveChanges();
        db.ClassTransitions.AddRange(
            new ClassTransition(plan.Id, school, now["5А"].Id, next["6А"].Id),
            new ClassTransition(plan.Id, school, now["5Б"].Id, next["6Б"].Id),
            new ClassTransition(plan.Id, school, now["9А"].Id, next["10А"].Id),
            new ClassTransition(plan.Id, school, now["11А"].Id, null));
        db.PupilMoves.AddRange(
            new PupilMove(plan.Id, school, region.Pupil1.Id, PupilMoveKind.Promote, next["6А"].Id),
            new PupilMove(plan.Id, school, p5b.Id, PupilMoveKind.Promote, next["6Б"].Id),
            new PupilMove(plan.Id, school, p9.Id, PupilMoveKind.Promote, next["10А"].Id),
            new PupilMove(plan.Id, school, p11.Id, PupilMoveKind.Graduate, null, new DateOnly(2027, 6, 25), "15-в"));
        db.SaveChanges();
        return new NewYearWorld
        {
            Region = region, Plan = plan, NewYear = newYear, Now = now, Next = next, Pupil5B = p5b, Pupil9 = p9, Pupil11 = p11, Teacher = teacher,
        };
    }

    /// <summary>The wizard's services as <paramref name="user"/> gets them, on 15.05.2027 (forming open) unless told another day.</summary>
    public static Services For(TestDatabase database, PortalUser user, NewYearEngineDouble engine, DateOnly? today = null)
    {
        var portalDb = database.For(user);
        var clock = ManualClock.On(today ?? new DateOnly(2027, 5, 15));
        var editor = new PlanEditor(portalDb, database.Factory, clock);
        return new Services(
            new NewYearWizardService(portalDb, editor, engine),
            new NewYearClassesService(portalDb, editor),
            new NewYearMovementService(portalDb, editor, new PersonDuplicateGuard(database.Factory, portalDb), clock),
            new NewYearCalendarService(portalDb, editor),
            new NewYearOverviewService(portalDb, engine, clock));
    }

    public sealed record Services(NewYearWizardService Wizard, NewYearClassesService Classes, NewYearMovementService Movement,
        NewYearCalendarService Calendar, NewYearOverviewService Overview);
}
