using SchoolPortal.Domain.Journal;

namespace SchoolPortal.Domain.DataQuality;

/// <summary>A past lesson as the journal rules see it: what the teacher recorded for it.</summary>
public sealed class LessonFacts
{
    public int LessonId { get; init; }
    public int SchoolId { get; init; }
    public DateOnly Date { get; init; }
    public WorkType WorkType { get; init; }
    public bool HasHomework { get; init; }

    /// <summary>At least one pupil's cell of the lesson holds a mark.</summary>
    public bool HasMarks { get; init; }

    /// <summary>At least one pupil's cell of the lesson was saved (a mark or an attendance code).</summary>
    public bool HasEntries { get; init; }
}
