namespace SchoolPortal.Domain.Schedule;

/// <summary>
/// What a timetable change does to the lessons of a period from today on. Future lessons without records follow the new
/// timetable (moved, re-assigned, removed or added); a lesson that carries marks, attendance or homework is never touched,
/// even when the new timetable has no place for it: it is listed in <see cref="Kept"/> so the page can say so.
/// Past lessons are history and stay as they are.
/// </summary>
public sealed record TimetableChange(
    IReadOnlyList<int> Delete,
    IReadOnlyList<(int LessonId, PlannedLesson Plan)> Update,
    IReadOnlyList<PlannedLesson> Add,
    IReadOnlyList<ExistingLesson> Kept)
{
    public static TimetableChange Compute(IEnumerable<ExistingLesson> existing, IEnumerable<PlannedLesson> planned, DateOnly today)
    {
        // Lessons with records claim their slots first, so an unmarked twin in the same slot gives way to them.
        var future = existing.Where(l => l.Date >= today).OrderByDescending(l => l.HasRecords).ToList();
        var wanted = planned.Where(p => p.Date >= today).ToDictionary(p => p.Slot);
        var delete = new List<int>();
        var update = new List<(int, PlannedLesson)>();
        var kept = new List<ExistingLesson>();
        var taken = new HashSet<(int, DateOnly, int, int?)>();

        foreach (var lesson in future)
        {
            wanted.TryGetValue(lesson.Slot, out var plan);
            if (lesson.HasRecords)
            {
                // A lesson with records keeps its slot when the new timetable teaches the same subject there.
                if (plan is not null && plan.SubjectId == lesson.SubjectId)
                    taken.Add(lesson.Slot);
                else
                    kept.Add(lesson);
                continue;
            }
            if (plan is null || !taken.Add(lesson.Slot))
                delete.Add(lesson.Id);
            else if (plan.SubjectId != lesson.SubjectId || plan.TeacherId != lesson.TeacherId || plan.Room != lesson.Room
                     || plan.TimetableEntryId != lesson.TimetableEntryId)
                update.Add((lesson.Id, plan));
        }

        var add = wanted.Values.Where(p => !taken.Contains(p.Slot)).OrderBy(p => p.Date).ThenBy(p => p.Number).ToList();
        return new TimetableChange(delete, update, add, kept);
    }
}
