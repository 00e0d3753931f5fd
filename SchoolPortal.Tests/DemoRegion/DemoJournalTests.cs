using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data.DemoRegion;
using SchoolPortal.Domain.Journal;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.DemoRegion;

/// <summary>The journal part of the demo region: what the teacher sees on the generator's today.</summary>
public sealed class DemoJournalTests(DemoRegionFixture fixture) : IClassFixture<DemoRegionFixture>
{
    private static readonly DateOnly Today = DemoRegionGenerator.FixedDay;
    private readonly TestDatabase _database = fixture.Database;

    [Fact]
    public async Task Teacher1_has_lessons_today_and_the_last_one_is_substituted_by_teacher1b()
    {
        await using var db = _database.System();
        var teacher = await db.UserAccounts.Where(a => a.Login == "teacher1").Select(a => a.EmployeeId).SingleAsync();
        var substitute = await db.UserAccounts.Where(a => a.Login == "teacher1b").Select(a => a.EmployeeId).SingleAsync();

        var today = await db.Lessons.Where(l => l.TeacherId == teacher && l.Date == Today).OrderBy(l => l.Number).ToListAsync();
        var substitution = await db.Substitutions.SingleAsync(s => s.SchoolId == 1 && s.Date == Today);

        Assert.True(today.Count >= 2);
        Assert.Equal(today[^1].Id, substitution.LessonId);
        Assert.Equal(teacher, substitution.AbsentTeacherId);
        Assert.Equal(substitute, substitution.SubstituteTeacherId);
    }

    [Fact]
    public async Task Marks_and_attendance_exist_only_for_lessons_before_today()
    {
        await using var db = _database.System();

        var future = await db.JournalCells.CountAsync(c => db.Lessons.Any(l => l.Id == c.LessonId && l.Date >= Today));
        var past = await db.JournalCells.CountAsync();
        var absences = await db.JournalCells.CountAsync(c => c.Attendance == AttendanceCode.Absent);

        Assert.Equal(0, future);
        Assert.True(past > 100_000);
        Assert.InRange(absences / (double)past, 0.02, 0.25); // absent at 4 % of pupil-lessons; a cell exists only for the third that carry a mark or a code
    }

    [Fact]
    public async Task Lessons_skip_holidays_and_the_first_quarter_is_closed_with_final_marks()
    {
        await using var db = _database.System();

        Assert.False(await db.Lessons.AnyAsync(l => l.Date >= new DateOnly(2026, 10, 25) && l.Date <= new DateOnly(2026, 11, 4)));
        Assert.False(await db.Lessons.AnyAsync(l => l.Date.DayOfWeek == DayOfWeek.Sunday));
        var quarters = await db.StudyPeriods.Where(p => p.Number == 1).ToListAsync();
        Assert.All(quarters, q => Assert.True(q.IsClosed));
        Assert.True(await db.FinalMarks.CountAsync() > 10_000);
        Assert.True(await db.StudyPeriods.Where(p => p.Number == 2).AllAsync(p => !p.IsClosed));
    }

    [Fact]
    public async Task Every_class_has_a_timetable_that_never_books_a_teacher_twice()
    {
        await using var db = _database.System();

        var entries = await db.Timetable.Select(e => new { e.TeacherId, e.StudyPeriodId, e.Weekday, e.LessonNumber, e.ClassId }).ToListAsync();
        var classes = await db.Classes.CountAsync();

        Assert.Equal(classes, entries.Select(e => e.ClassId).Distinct().Count());
        Assert.DoesNotContain(entries.GroupBy(e => (e.TeacherId, e.StudyPeriodId, e.Weekday, e.LessonNumber)), g => g.Count() > 1);
    }
}
