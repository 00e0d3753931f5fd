namespace SchoolPortal.Domain.Schedule;

/// <summary>An event for one pupil's family (SGO): a call of the parents to school or a meeting with a teacher.</summary>
public enum PupilEventKind
{
    /// <summary>«Вызов в школу родителей».</summary>
    ParentsCalled = 0,

    /// <summary>«Встреча с учителем».</summary>
    TeacherMeeting = 1,
}
