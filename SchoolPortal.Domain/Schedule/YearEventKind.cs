namespace SchoolPortal.Domain.Schedule;

/// <summary>The kinds of «События года» the briefing names.</summary>
public enum YearEventKind
{
    ParentMeeting = 0,
    Extracurricular = 1,
    ControlWork = 2,
    SchoolWide = 3,
}
