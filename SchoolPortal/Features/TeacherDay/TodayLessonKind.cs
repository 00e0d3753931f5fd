namespace SchoolPortal.Features.TeacherDay;

/// <summary>How a lesson of the teacher's day came to be on the list.</summary>
public enum TodayLessonKind
{
    /// <summary>The teacher's own lesson, not substituted.</summary>
    Own = 0,

    /// <summary>The teacher substitutes an absent colleague: the journal is theirs for this lesson.</summary>
    Substituting = 1,

    /// <summary>The teacher's own lesson given by a substitute: listed so they know, but the journal is not theirs today.</summary>
    SubstitutedAway = 2,
}
