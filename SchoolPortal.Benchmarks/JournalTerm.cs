using Bogus;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Data.DemoRegion;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Journal;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Schedule;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Domain.Staff;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Accounts;

namespace SchoolPortal.Benchmarks;

/// <summary>
/// The journal the issue measures: a class of 30 pupils and a subject taught six hours a week through a ten-week term,
/// which gives 60 lessons; every lesson already given, its cells filled by the demo generator's rule
/// (<see cref="DemoMarks"/>). Written through the domain and EF Core into a fresh SQLite file.
/// </summary>
public sealed class JournalTerm
{
    public const int Pupils = 30;

    /// <summary>The scenarios act on the day after the term: every lesson has been given, the period is not closed yet.</summary>
    public static readonly DateTimeOffset DayAfter = new(2027, 3, 21, 10, 0, 0, SchoolPortal.Infrastructure.Jobs.RegionTime.Offset);

    public required string Path { get; init; }
    public required int ClassId { get; init; }
    public required int SubjectId { get; init; }
    public required int PeriodId { get; init; }
    public required IReadOnlyList<int> LessonIds { get; init; }
    public required IReadOnlyList<int> PupilIds { get; init; }
    public required PortalUser Teacher { get; init; }

    public IDbContextFactory<PortalDbContext> Factory => new BenchmarkContextFactory(Path);

    public PortalDb DbFor(PortalUser user) => new(Factory, new FixedUser(user));

    public static async Task<JournalTerm> CreateAsync()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"schoolportal-journal-bench-{Guid.NewGuid():N}.db");
        var today = new DateOnly(2027, 3, 22);
        await using var db = new BenchmarkContextFactory(path).CreateDbContext();
        db.UseScope(AccessScope.System, AuditActor.System);
        await DatabaseStartup.MigrateAsync(db);

        var district = new Municipality("Бенчмарк-район");
        db.Municipalities.Add(district);
        await db.SaveChangesAsync();
        var school = new School(district.Id, "Муниципальное общеобразовательное учреждение «СОШ № 1»", "МОУ «СОШ № 1»", Inn.Parse("7451000013"),
            Ogrn.Parse("102740000000" + Ogrn.ControlDigit("102740000000")), Address.Parse("454000, г. Челябинск, ул. Ленина, д. 1"),
            "Петров Пётр Петрович", null, null);
        db.Schools.Add(school);
        await db.SaveChangesAsync();
        var year = new AcademicYear(school.Id, 2026, AcademicYearStatus.Current);
        var period = year.AddPeriod(StudyPeriodKind.Quarter, 3, new DateOnly(2027, 1, 11), new DateOnly(2027, 3, 20));
        db.AcademicYears.Add(year);
        await db.SaveChangesAsync();
        var teacher = new Employee(school.Id, PersonName.Create("Смирнова", "Ольга", "Ивановна"), new DateOnly(1980, 5, 1), Gender.Female,
            "Учитель русского языка и литературы", today);
        var subject = new Subject(school.Id, "Русский язык");
        var schoolClass = new SchoolClass(school.Id, year.Id, new GradeLevel(6), "А");
        db.AddRange(teacher, subject, schoolClass);
        await db.SaveChangesAsync();

        var faker = new Faker("ru") { Random = new Randomizer(DemoRegionGenerator.Seed) };
        var pupils = Enumerable.Range(0, Pupils).Select(i =>
        {
            var gender = i % 2 == 0 ? Gender.Male : Gender.Female;
            var name = faker.Name;
            var bogusGender = gender == Gender.Male ? Bogus.DataSets.Name.Gender.Male : Bogus.DataSets.Name.Gender.Female;
            return new Pupil(school.Id, PersonName.Create(name.LastName(bogusGender), name.FirstName(bogusGender), null, noPatronymic: true),
                new DateOnly(2014, 1 + i % 12, 1 + i % 28), gender, today);
        }).ToList();
        db.Pupils.AddRange(pupils);
        await db.SaveChangesAsync();
        foreach (var pupil in pupils)
            pupil.EnrollIn(schoolClass, new DateOnly(2026, 9, 1));
        await db.SaveChangesAsync();

        var entries = Enumerable.Range(1, 6)
            .Select(d => new TimetableEntry(school.Id, schoolClass.Id, period.Id, (DayOfWeek)d, 2, subject.Id, teacher.Id, "201"))
            .ToList();
        db.Timetable.AddRange(entries);
        await db.SaveChangesAsync();
        var lessons = LessonGenerator.Plan(period, entries, holidays: null).Select(p => new Lesson(school.Id, p)).ToList();
        for (var i = 0; i < lessons.Count; i++)
            lessons[i].Describe($"Урок {i + 1}", (i + 1) % 9 == 0 ? WorkType.Control : (i + 1) % 6 == 0 ? WorkType.Check : WorkType.Answer);
        db.Lessons.AddRange(lessons);
        await db.SaveChangesAsync();

        var rng = new Random(DemoRegionGenerator.Seed);
        foreach (var lesson in lessons)
        {
            foreach (var pupil in pupils)
            {
                if (DemoMarks.Cell(rng, pupil.Id, GradingScale.Marks, lesson.WorkType) is not { } content)
                    continue;
                var cell = new JournalCell(school.Id, lesson.Id, pupil.Id);
                cell.Change(content, 0, "генератор демо-данных", SchoolPortal.Infrastructure.Jobs.RegionTime.At(lesson.Date, new TimeOnly(15, 0)));
                db.JournalCells.Add(cell);
            }
        }
        await db.SaveChangesAsync();

        return new JournalTerm
        {
            Path = path,
            ClassId = schoolClass.Id,
            SubjectId = subject.Id,
            PeriodId = period.Id,
            LessonIds = lessons.Select(l => l.Id).ToList(),
            PupilIds = pupils.Select(p => p.Id).ToList(),
            Teacher = new PortalUser(1, "bench.teacher", "Смирнова О. И.", Role.Teacher, school.Id, null, teacher.Id),
        };
    }

    public void Delete()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(Path + suffix);
    }
}
