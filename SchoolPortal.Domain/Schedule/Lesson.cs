using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Journal;

namespace SchoolPortal.Domain.Schedule;

/// <summary>
/// A lesson on a date: a column of the class journal. Generated from the timetable (<see cref="LessonGenerator"/>); it
/// carries the topic, the homework and the work type the teacher sets for it.
/// </summary>
public sealed class Lesson : ISchoolScoped, IAudited
{
    public const int MaxTopic = 500;
    public const int MaxHomework = 2000;

    public int Id { get; private set; }
    public int SchoolId { get; private set; }
    public int ClassId { get; private set; }
    public int StudyPeriodId { get; private set; }
    public int SubjectId { get; private set; }
    public int TeacherId { get; private set; }
    public DateOnly Date { get; private set; }
    public int Number { get; private set; }
    public string? Room { get; private set; }
    public int? Group { get; private set; }
    public int? TimetableEntryId { get; private set; }
    public string? Topic { get; private set; }
    public WorkType WorkType { get; private set; } = WorkType.Answer;
    public string? Homework { get; private set; }
    public string? HomeworkLink { get; private set; }
    public DateOnly? HomeworkDueOn { get; private set; }

    private Lesson()
    {
    }

    public Lesson(int schoolId, PlannedLesson plan)
    {
        SchoolId = schoolId;
        ClassId = plan.ClassId;
        StudyPeriodId = plan.StudyPeriodId;
        Date = plan.Date;
        Number = plan.Number;
        Group = plan.Group;
        Follow(plan);
    }

    public bool HasHomework => Homework is not null || HomeworkLink is not null;

    /// <summary>Takes the subject, teacher and room of the timetable line (only for a lesson that carries no records yet).</summary>
    public void Follow(PlannedLesson plan)
    {
        SubjectId = plan.SubjectId;
        TeacherId = plan.TeacherId;
        Room = plan.Room;
        TimetableEntryId = plan.TimetableEntryId;
    }

    public void Describe(string? topic, WorkType workType)
    {
        var value = string.IsNullOrWhiteSpace(topic) ? null : topic.Trim();
        if (value is { Length: > MaxTopic })
            throw new DomainException($"Тема урока: не длиннее {MaxTopic} символов.", "topic");
        Topic = value;
        WorkType = workType;
    }

    public void SetHomework(string? text, string? link, DateOnly? dueOn)
    {
        var value = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (value is { Length: > MaxHomework })
            throw new DomainException($"Домашнее задание: не длиннее {MaxHomework} символов.", "homework");
        var url = string.IsNullOrWhiteSpace(link) ? null : link.Trim();
        if (url is not null && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
            throw new DomainException("Ссылка к заданию должна начинаться с http:// или https://.", "homeworkLink");
        if (dueOn is { } due && due <= Date)
            throw new DomainException("Срок сдачи задания — позже даты урока.", "homeworkDueOn");
        if (value is null && url is null && dueOn is not null)
            throw new DomainException("Укажите текст задания или ссылку, затем срок.", "homework");
        Homework = value;
        HomeworkLink = url;
        HomeworkDueOn = value is null && url is null ? null : dueOn;
    }
}
