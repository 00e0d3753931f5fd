using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.Reports;

/// <summary>The class journal report for class × subject × study period: pupils as rows, lessons as columns.</summary>
/// <param name="LessonAverages">The class average of each lesson (the mean of the pupils' weighted averages in its cells).</param>
/// <param name="ClassAverage">The mean of the pupils' period averages.</param>
public sealed record JournalReportData(
    string School,
    string ClassName,
    string Subject,
    string Period,
    DateOnly StartsOn,
    DateOnly EndsOn,
    string Teacher,
    DateOnly MadeOn,
    IReadOnlyList<JournalReportLesson> Lessons,
    IReadOnlyList<JournalReportPupil> Pupils,
    IReadOnlyList<decimal?> LessonAverages,
    decimal? ClassAverage)
{
    public bool IsEmpty => Lessons.Count == 0 && Pupils.Count == 0;

    public string PeriodText => $"{Period} ({CardCalendar.Format(StartsOn)}–{CardCalendar.Format(EndsOn)})";

    public string FileName => ReportFile.SafeName($"Журнал {ClassName} {Subject} {Period} {CardCalendar.Format(MadeOn)}.xlsx");
}
