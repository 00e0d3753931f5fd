using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Journal;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Schedule;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Domain.Staff;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Schedule;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Schedule;

/// <summary>
/// The test region plus what the schedule needs: quarter 2 (09.11–27.12.2026) in both schools, a second class 5Б in
/// school 1, subjects, teachers, a teacher's account, and a short holiday of 5А (14.12–16.12.2026).
/// </summary>
internal sealed class ScheduleWorld
{
    public static readonly DateOnly QuarterStart = new(2026, 11, 9);
    public static readonly DateOnly QuarterEnd = new(2026, 12, 27);
    public static readonly DateOnly HolidayStart = new(2026, 12, 14);
    public static readonly DateOnly HolidayEnd = new(2026, 12, 16);

    public required TestDatabase Database { get; init; }
    public required TestRegion Region { get; init; }
    public required StudyPeriod Quarter { get; init; }
    public required StudyPeriod Quarter2 { get; init; }
    public required SchoolClass Class5A { get; init; }
    public required SchoolClass Class5B { get; init; }
    public required Subject Math { get; init; }
    public required Subject Russian { get; init; }
    public required Subject English { get; init; }
    public required Subject MathOfSchool2 { get; init; }
    public required Employee Ivanova { get; init; }
    public required Employee Petrova { get; init; }
    public required Employee Sidorova { get; init; }
    public required Employee Vtorova { get; init; }

    public PortalUser Admin1 => Region.Admin1;
    public PortalUser Admin2 => Region.Admin2;
    public PortalUser TeacherIvanova => new(2001, "ivanova", "Иванова Ольга Ивановна", Role.Teacher, Region.School1.Id, null, Ivanova.Id);

    public TimetableService Timetable(PortalUser user, TimeProvider clock) => new(Database.For(user), clock);
    public SubstitutionService Substitutions(PortalUser user, TimeProvider clock) => new(Database.For(user), clock);
    public WeekTimetableService Weeks(PortalUser user) => new(Database.For(user));

    public static ScheduleWorld Create(TestDatabase database)
    {
        var region = TestRegion.Create(database);
        using var db = database.System();
        var years = db.AcademicYears.Include(y => y.Periods).OrderBy(y => y.SchoolId).ToList();
        var q1 = years[0].AddPeriod(StudyPeriodKind.Quarter, 2, QuarterStart, QuarterEnd);
        var q2 = years[1].AddPeriod(StudyPeriodKind.Quarter, 2, QuarterStart, QuarterEnd);
        var class5B = new SchoolClass(region.School1.Id, region.Class1.AcademicYearId, new GradeLevel(5), "Б");
        db.Classes.Add(class5B);
        var math = new Subject(region.School1.Id, "Математика");
        var russian = new Subject(region.School1.Id, "Русский язык");
        var english = new Subject(region.School1.Id, "Английский язык");
        var math2 = new Subject(region.School2.Id, "Математика");
        db.Subjects.AddRange(math, russian, english, math2);
        var ivanova = Teacher(region.School1.Id, "Иванова");
        var petrova = Teacher(region.School1.Id, "Петрова");
        var sidorova = Teacher(region.School1.Id, "Сидорова");
        var vtorova = Teacher(region.School2.Id, "Второва");
        db.Employees.AddRange(ivanova, petrova, sidorova, vtorova);
        var holidays = new HolidayPeriod(years[0].Id, "Основной");
        holidays.AddHoliday("Дополнительные каникулы", HolidayStart, HolidayEnd);
        db.HolidayPeriods.Add(holidays);
        db.SaveChanges();
        var class5A = db.Classes.Single(c => c.Id == region.Class1.Id);
        class5A.AssignHolidays(holidays.Id);
        db.SaveChanges();
        return new ScheduleWorld
        {
            Database = database, Region = region, Quarter = q1, Quarter2 = q2, Class5A = class5A, Class5B = class5B,
            Math = math, Russian = russian, English = english, MathOfSchool2 = math2,
            Ivanova = ivanova, Petrova = petrova, Sidorova = sidorova, Vtorova = vtorova,
        };
    }

    public TimetableEntryForm Entry(SchoolClass schoolClass, DayOfWeek day, int number, Subject subject, Employee teacher, int? group = null,
        string? room = "214") => new()
    {
        ClassId = schoolClass.Id,
        StudyPeriodId = Quarter.Id,
        Weekday = day,
        LessonNumber = number,
        SubjectId = subject.Id,
        TeacherId = teacher.Id,
        Room = room,
        Group = group,
    };

    public async Task<List<Lesson>> LessonsAsync(SchoolClass schoolClass)
    {
        await using var db = Database.System();
        return await db.Lessons.AsNoTracking().Where(l => l.ClassId == schoolClass.Id).OrderBy(l => l.Date).ThenBy(l => l.Number).ToListAsync();
    }

    /// <summary>Puts a mark 5 for the region's pupil of 5А into the lesson, as a teacher would.</summary>
    public async Task MarkAsync(int lessonId)
    {
        await using var db = Database.System();
        var cell = new JournalCell(Region.School1.Id, lessonId, Region.Pupil1.Id);
        cell.Change(new CellContent(new MarkList([new Mark(MarkValue.Score(5), WorkType.Answer)]), null), 0, "ivanova",
            new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
        db.JournalCells.Add(cell);
        await db.SaveChangesAsync();
    }

    private static Employee Teacher(int schoolId, string surname) =>
        new(schoolId, PersonName.Create(surname, "Ольга", "Ивановна"), new DateOnly(1985, 4, 12), Gender.Female, "Учитель", TestRegion.Today);
}
