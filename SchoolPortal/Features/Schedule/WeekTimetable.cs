namespace SchoolPortal.Features.Schedule;

/// <summary>
/// A week of a class or a teacher (Monday to Saturday) built from the generated lessons and their substitutions, with
/// the bell times of each lesson number.
/// </summary>
public sealed record WeekTimetable(string Title, DateOnly WeekStart, IReadOnlyList<BellRow> Bells, IReadOnlyList<WeekLesson> Lessons)
{
    public IReadOnlyList<DateOnly> Days => Enumerable.Range(0, 6).Select(WeekStart.AddDays).ToList();

    /// <summary>The lesson numbers to show: every bell, and any number a lesson uses beyond them.</summary>
    public IReadOnlyList<int> Numbers => Bells.Select(b => b.Number).Union(Lessons.Select(l => l.Number)).Order().ToList();

    public string? BellText(int number) => Bells.FirstOrDefault(b => b.Number == number)?.Text;

    public IEnumerable<WeekLesson> At(DateOnly date, int number) =>
        Lessons.Where(l => l.Date == date && l.Number == number).OrderBy(l => l.Group);
}
