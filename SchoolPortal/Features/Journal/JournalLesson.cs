using SchoolPortal.Domain.Journal;

namespace SchoolPortal.Features.Journal;

/// <summary>A column of the journal: a lesson with its topic, work type and homework, and whether the user may fill it in.</summary>
public sealed class JournalLesson
{
    public required int Id { get; init; }
    public required DateOnly Date { get; init; }
    public required int Number { get; init; }
    public string? Topic { get; private set; }
    public WorkType WorkType { get; private set; }
    public string? Homework { get; private set; }
    public string? HomeworkLink { get; private set; }
    public DateOnly? HomeworkDueOn { get; private set; }
    public bool IsSubstituted { get; init; }

    /// <summary>Null when the user may fill in this lesson; otherwise the Russian reason.</summary>
    public string? ReadOnlyReason { get; init; }

    /// <summary>The mean of the pupils' weighted averages at this lesson.</summary>
    public decimal? ClassAverage { get; internal set; }

    public bool IsEditable => ReadOnlyReason is null;

    public bool HasHomework => Homework is not null || HomeworkLink is not null;

    public string TestId => $"lesson-{Id}";

    public string DateText => JournalFormat.DayMonth(Date);

    public string WorkTypeShort => WorkTypes.Short(WorkType);

    public string Title => $"{JournalFormat.Date(Date)}, {Number} урок" + (Topic is null ? "" : $": {Topic}");

    /// <summary>Takes what the lesson panel saved.</summary>
    public void Describe(string? topic, WorkType workType, string? homework, string? homeworkLink, DateOnly? homeworkDueOn)
    {
        Topic = string.IsNullOrWhiteSpace(topic) ? null : topic.Trim();
        WorkType = workType;
        Homework = string.IsNullOrWhiteSpace(homework) ? null : homework.Trim();
        HomeworkLink = string.IsNullOrWhiteSpace(homeworkLink) ? null : homeworkLink.Trim();
        HomeworkDueOn = Homework is null && HomeworkLink is null ? null : homeworkDueOn;
    }
}
