namespace SchoolPortal.Features.Schedule;

/// <summary>What the timetable page offers: classes and periods of the current year, subjects, teachers and the bells.</summary>
public sealed record TimetableOptions(string YearName, IReadOnlyList<Choice> Classes, IReadOnlyList<Choice> Periods, int? CurrentPeriodId,
    IReadOnlyList<Choice> Subjects, IReadOnlyList<Choice> Teachers, IReadOnlyList<BellRow> Bells, bool CanEdit, int? OwnEmployeeId, DateOnly Today);
