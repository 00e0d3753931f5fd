using System.Globalization;
using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.Journal;

/// <summary>
/// Marks and attendance record what happened at a lesson, so a lesson after today (the region's date) takes none: a mark
/// typed into next week's column is a slip of the cursor, not a plan. Topics and homework may be planned ahead; clearing a
/// cell is always allowed.
/// </summary>
public static class LessonRecords
{
    /// <summary>Null when the lesson has taken place (today or before); otherwise why it takes no marks or attendance yet.</summary>
    public static string? WhyNotYet(DateOnly lessonDate, DateOnly today) =>
        lessonDate > today
            ? $"Нельзя ставить отметки и посещаемость на будущий урок ({lessonDate.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}): урок ещё не прошёл."
            : null;

    /// <summary>Refuses marks or attendance for a lesson after <paramref name="today"/>; an empty cell (a clearing) passes.</summary>
    public static void Check(CellContent content, DateOnly lessonDate, DateOnly today)
    {
        if (!content.IsEmpty && WhyNotYet(lessonDate, today) is { } why)
            throw new DomainException(why, "cell");
    }
}
