using SchoolPortal.Domain.Journal;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.Reports;

/// <summary>A lesson column of the class journal report.</summary>
public sealed record JournalReportLesson(int Id, DateOnly Date, int Number, int? Group, string? Topic, WorkType WorkType, string? Homework,
    string? HomeworkLink, DateOnly? HomeworkDueOn)
{
    /// <summary>The column header: «12.11», «12.11 гр.2» for a group lesson.</summary>
    public string Header => Date.ToString("dd.MM", CardCalendar.Russian) + (Group is { } g ? $" гр.{g}" : "");

    public string WorkTypeName => WorkTypes.Name(WorkType);

    /// <summary>The homework as one line: text, link and due date.</summary>
    public string HomeworkText => string.Join("; ", new[]
    {
        Homework, HomeworkLink, HomeworkDueOn is { } due ? $"срок {CardCalendar.Format(due)}" : null,
    }.Where(s => !string.IsNullOrEmpty(s)));
}
