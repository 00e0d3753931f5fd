namespace SchoolPortal.Features.Portfolio;

/// <summary>One school day of the diary week, Monday to Saturday.</summary>
/// <param name="Holiday">«Осенние каникулы» when the day is a holiday of the class's holiday set.</param>
public sealed record DiaryDay(DateOnly Date, IReadOnlyList<DiaryLesson> Lessons, string? Holiday);
