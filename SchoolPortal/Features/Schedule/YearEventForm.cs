using SchoolPortal.Domain.Schedule;

namespace SchoolPortal.Features.Schedule;

/// <summary>An event being added (Id 0) or changed. Grades and classes are both kept, so switching the audience loses nothing.</summary>
public sealed class YearEventForm
{
    public const string KindField = "kind";
    public const string TitleField = "title";
    public const string DateField = "date";
    public const string TimeField = "startsAt";
    public const string AudienceField = "audience";
    public const string DescriptionField = "description";

    public int Id { get; set; }
    public YearEventKind Kind { get; set; } = YearEventKind.SchoolWide;
    public string? Title { get; set; }
    public DateOnly? Date { get; set; }
    /// <summary>«18:30», or empty for an event without a time.</summary>
    public string? StartsAt { get; set; }
    public EventAudience Audience { get; set; }
    public IReadOnlyCollection<int> Grades { get; set; } = [];
    public IReadOnlyCollection<int> ClassIds { get; set; } = [];
    public string? Description { get; set; }

    public bool IsNew => Id == 0;

    public IEnumerable<int> AudienceIds => Audience switch
    {
        EventAudience.Grades => Grades,
        EventAudience.Classes => ClassIds,
        _ => [],
    };
}
