namespace SchoolPortal.Domain.Schedule;

/// <summary>Who a year event is for: the whole school, some grade levels, or some classes.</summary>
public enum EventAudience
{
    WholeSchool = 0,
    Grades = 1,
    Classes = 2,
}
